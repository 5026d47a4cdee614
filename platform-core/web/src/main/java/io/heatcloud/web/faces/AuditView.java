package io.heatcloud.web.faces;

import io.heatcloud.core.audit.AuditEntry;
import io.heatcloud.core.audit.AuditFilter;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.NodeKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log for auditors, paged on the server, with filters and the chain check. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog audit;
  @Inject transient AccessPolicy policy;
  @Inject transient OrgDirectory directory;

  private String action;
  private String actor;
  private String tenant;
  private List<String> visibleTenants;
  private boolean platformEntries;
  private final LazyDataModel<AuditEntry> entries = new Entries();

  @PostConstruct
  void init() {
    AuthenticatedUser user = Faces.user();
    policy.check(user, Operation.AUDIT_VIEW, user.nodeCode());
    NodeView node = directory.tree().node(user.nodeCode()).orElseThrow();
    if (node.kind() == NodeKind.GROUP) {
      visibleTenants = null;
      platformEntries = true;
    } else {
      visibleTenants = directory.tree().companiesUnder(node.code()).stream().map(NodeView::code).toList();
      platformEntries = false;
    }
  }

  /** Re-checks the whole hash chain (group auditors). */
  public void verify() {
    if (visibleTenants != null) {
      return;
    }
    AuditLog.ChainVerification result = audit.verifyChain();
    if (result.intact()) {
      Faces.info("audit.intact", result.checked());
    } else {
      Faces.error(Faces.text("audit.broken", result.brokenAt()));
    }
  }

  public boolean isGroupAuditor() {
    return visibleTenants == null;
  }

  private AuditFilter filter() {
    return new AuditFilter(action, actor, tenant, null, null);
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  private final class Entries extends LazyDataModel<AuditEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) log().count(filter(), visibleTenants, platformEntries);
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return log().search(filter(), visibleTenants, platformEntries, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.getId());
    }

    private AuditLog log() {
      return audit != null ? audit : CDI.current().select(AuditLog.class).get();
    }
  }
}
