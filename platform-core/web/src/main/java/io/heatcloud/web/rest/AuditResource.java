package io.heatcloud.web.rest;

import io.heatcloud.api.errors.AccessDeniedException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.core.audit.AuditEntry;
import io.heatcloud.core.audit.AuditFilter;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.web.rest.dto.AuditEntryDto;
import io.heatcloud.web.rest.dto.PageDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit log, for auditors: a group auditor reads everything, a regional or company auditor the
 * entries of the companies below its node.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog audit;
  @Inject AccessPolicy policy;
  @Inject OrgDirectory directory;

  /**
   * A page of entries, newest first.
   *
   * @param action an action or prefix, e.g. {@code auth.}
   * @param actor a user name
   * @param tenant a company code
   * @param from ISO-8601 instant, inclusive
   * @param to ISO-8601 instant, exclusive
   * @param offset rows to skip
   * @param limit rows to return (at most 1000)
   * @return the page
   */
  @GET
  public PageDto<AuditEntryDto> search(
      @QueryParam("action") String action,
      @QueryParam("actor") String actor,
      @QueryParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Scope scope = scope();
    AuditFilter filter = new AuditFilter(action, actor, tenant, instant("from", from), instant("to", to));
    List<AuditEntry> entries = audit.search(filter, scope.tenants(), scope.platformEntries(), Math.max(0, offset), limit);
    long total = audit.count(filter, scope.tenants(), scope.platformEntries());
    return new PageDto<>(entries.stream().map(AuditEntryDto::of).toList(), total, Math.max(0, offset));
  }

  /**
   * Recomputes the hash chain of the whole log (group auditors).
   *
   * @return the number of intact entries and the first broken one
   */
  @GET
  @Path("verify")
  public AuditLog.ChainVerification verify() {
    if (scope().tenants() != null) {
      throw new AccessDeniedException("只有集团审计员可以校验整个日志 / only group auditors verify the whole log");
    }
    return audit.verifyChain();
  }

  private Scope scope() {
    AuthenticatedUser user = CurrentUser.require();
    policy.check(user, Operation.AUDIT_VIEW, user.nodeCode());
    NodeView node = directory.tree().node(user.nodeCode()).orElseThrow();
    if (node.kind() == NodeKind.GROUP) {
      return new Scope(null, true);
    }
    return new Scope(directory.tree().companiesUnder(node.code()).stream().map(NodeView::code).toList(), false);
  }

  private static Instant instant(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(name + " 须为 ISO-8601 时间 / must be an ISO-8601 instant, e.g. 2026-11-29T00:00:00Z");
    }
  }

  private record Scope(List<String> tenants, boolean platformEntries) {}
}
