package io.heatcloud.web.rest;

import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.core.indicators.IndicatorResult;
import io.heatcloud.core.indicators.IndicatorService;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.plugins.ModuleSettingsService;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.OrgTree;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.application.OrganisationService;
import io.heatcloud.core.tenancy.descriptors.DescriptorParser;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeSource;
import io.heatcloud.web.rest.dto.CompanyDto;
import io.heatcloud.web.rest.dto.NodeDto;
import io.heatcloud.web.rest.dto.NodeRequest;
import io.heatcloud.web.rest.dto.NodeRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation tree and its companies, within what the caller may see: the whole group for
 * headquarters, a region's subtree for a regional company.
 */
@Path("org")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrgResource {

  @Inject OrgDirectory directory;
  @Inject OrganisationService organisation;
  @Inject AccessPolicy policy;
  @Inject ModuleRegistry modules;
  @Inject ModuleSettingsService settings;
  @Inject IndicatorService indicators;
  @Inject io.heatcloud.core.customers.application.CodingService coding;
  @Context UriInfo uri;

  /**
   * The visible part of the tree, from the highest visible node down.
   *
   * @return the roots of the visible subtrees
   */
  @GET
  @Path("tree")
  public List<NodeDto> tree() {
    AuthenticatedUser user = CurrentUser.require();
    Set<String> visible =
        policy.nodesFor(user, Operation.ORG_VIEW).stream().map(NodeView::code).collect(Collectors.toSet());
    OrgTree tree = directory.tree();
    return tree.all().stream()
        .filter(n -> visible.contains(n.code()) && (n.parentCode() == null || !visible.contains(n.parentCode())))
        .map(n -> dto(tree, n, visible))
        .toList();
  }

  private NodeDto dto(OrgTree tree, NodeView node, Set<String> visible) {
    return NodeDto.of(node, tree.children(node.code()).stream()
        .filter(c -> visible.contains(c.code()))
        .map(c -> dto(tree, c, visible))
        .toList());
  }

  /**
   * One node.
   *
   * @param code its code
   * @return the node, or 404 when it does not exist or is not visible
   */
  @GET
  @Path("nodes/{code}")
  public NodeDto node(@PathParam("code") String code) {
    return NodeDto.of(visibleNode(code, Operation.ORG_VIEW), null);
  }

  /**
   * Creates a region or a company from JSON.
   *
   * @param request the node
   * @return 201 with the node
   */
  @POST
  @Path("nodes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NodeRequest request) {
    return created(NodeRequests.toSpec(request));
  }

  /**
   * Creates a region or a company from a YAML descriptor (the format of the tenants directory).
   *
   * @param yaml the descriptor
   * @return 201 with the node
   */
  @POST
  @Path("nodes")
  @Consumes({"application/yaml", "application/x-yaml", "text/yaml"})
  public Response createFromDescriptor(String yaml) {
    return created(DescriptorParser.parse(yaml == null ? "" : yaml));
  }

  private Response created(NodeSpec spec) {
    NodeView node = organisation.create(CurrentUser.require(), spec, NodeSource.API);
    return Response.created(uri.getBaseUriBuilder().path("org/nodes/{code}").build(node.code()))
        .entity(NodeDto.of(node, null))
        .build();
  }

  /**
   * Renames a node (name, English name, city).
   *
   * @param code the node
   * @param request the new names (other fields are ignored)
   * @return the node
   */
  @PUT
  @Path("nodes/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public NodeDto rename(@PathParam("code") String code, NodeRequest request) {
    visibleNode(code, Operation.ORG_VIEW);
    if (request == null) {
      throw new io.heatcloud.api.errors.InvalidRequestException("缺少请求体 / the body is missing");
    }
    return NodeDto.of(organisation.rename(CurrentUser.require(), code, request.name(), request.nameEn(), request.city()), null);
  }

  /**
   * Disables a region or company: its users can no longer log in.
   *
   * @param code the node
   * @return 204
   */
  @POST
  @Path("nodes/{code}/disable")
  public Response disable(@PathParam("code") String code) {
    visibleNode(code, Operation.ORG_VIEW);
    organisation.setActive(CurrentUser.require(), code, false);
    return Response.noContent().build();
  }

  /**
   * Re-activates a region or company.
   *
   * @param code the node
   * @return 204
   */
  @POST
  @Path("nodes/{code}/enable")
  public Response enable(@PathParam("code") String code) {
    visibleNode(code, Operation.ORG_VIEW);
    organisation.setActive(CurrentUser.require(), code, true);
    return Response.noContent().build();
  }

  /**
   * Every visible company side by side.
   *
   * @return accounts, users, modules and schema version per company
   */
  @GET
  @Path("companies")
  public List<CompanyDto> companies() {
    return organisation.overview(CurrentUser.require()).stream().map(CompanyDto::of).toList();
  }

  /**
   * The modules' indicators of every visible company, and their roll-up over them (a regional
   * figure for a regional administrator, a group figure for headquarters).
   *
   * @return {@code companies}: per company and indicator; {@code rollUp}: per indicator
   */
  @GET
  @Path("indicators")
  public Map<String, Object> indicators() {
    List<IndicatorResult> results = indicators.forVisibleCompanies(CurrentUser.require());
    return Map.of(
        "companies", results.stream().map(r -> {
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          row.put("company", r.company());
          row.put("code", r.definition().code());
          row.put("name", r.definition().name().zh());
          row.put("unit", r.definition().unit());
          row.put("value", r.value());
          if (r.error() != null) {
            row.put("error", r.error());
          }
          return row;
        }).toList(),
        "rollUp", IndicatorService.rollUp(results).stream().map(r -> {
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          row.put("code", r.definition().code());
          row.put("name", r.definition().name().zh());
          row.put("unit", r.definition().unit());
          row.put("value", r.value());
          row.put("companies", r.companies());
          return row;
        }).toList());
  }

  /**
   * The group's coding rules.
   *
   * @return the pattern per kind (CUSTOMER, ACCOUNT, PREMISE)
   */
  @GET
  @Path("coding-rules")
  public Map<io.heatcloud.core.customers.domain.CodeKind, String> codingRules() {
    CurrentUser.require();
    return coding.rules();
  }

  /**
   * Changes a coding rule (headquarters); numbers already given keep their form.
   *
   * @param kind CUSTOMER, ACCOUNT or PREMISE
   * @param pattern e.g. {@code {COMPANY}{COMMUNITY}{SEQ:5}}
   * @return 204
   */
  @PUT
  @Path("coding-rules/{kind}")
  @Consumes(MediaType.TEXT_PLAIN)
  public Response changeCodingRule(@PathParam("kind") String kind, String pattern) {
    io.heatcloud.core.customers.domain.CodeKind k;
    try {
      k = io.heatcloud.core.customers.domain.CodeKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("没有此编码规则 / no such coding rule: " + kind);
    }
    coding.change(CurrentUser.require(), k, pattern);
    return Response.noContent().build();
  }

  /**
   * Enables a module for a company (and migrates its tables there).
   *
   * @param code the company
   * @param pluginId the module
   * @return 204
   */
  @PUT
  @Path("companies/{code}/modules/{pluginId}")
  public Response enableModule(@PathParam("code") String code, @PathParam("pluginId") String pluginId) {
    company(code);
    organisation.setModuleEnabled(CurrentUser.require(), code, pluginId, true);
    return Response.noContent().build();
  }

  /**
   * Disables a module for a company; its data stays.
   *
   * @param code the company
   * @param pluginId the module
   * @return 204
   */
  @DELETE
  @Path("companies/{code}/modules/{pluginId}")
  public Response disableModule(@PathParam("code") String code, @PathParam("pluginId") String pluginId) {
    company(code);
    organisation.setModuleEnabled(CurrentUser.require(), code, pluginId, false);
    return Response.noContent().build();
  }

  /**
   * Sets a company's value of a module setting.
   *
   * @param code the company
   * @param pluginId the module
   * @param key the setting
   * @param value the value, as plain text
   * @return 204
   */
  @PUT
  @Path("companies/{code}/modules/{pluginId}/settings/{key}")
  @Consumes(MediaType.TEXT_PLAIN)
  public Response setting(@PathParam("code") String code, @PathParam("pluginId") String pluginId,
      @PathParam("key") String key, String value) {
    NodeView company = company(code);
    policy.check(CurrentUser.require(), Operation.MODULES_ENABLE, code);
    settings.set(modules.module(pluginId).orElseThrow(() -> new NotFoundException("模块未安装 / module not installed")),
        company, key, value);
    return Response.noContent().build();
  }

  private NodeView company(String code) {
    NodeView node = visibleNode(code, Operation.ORG_VIEW);
    if (node.kind() != NodeKind.COMPANY) {
      throw new NotFoundException("公司不存在 / no such company: " + code);
    }
    return node;
  }

  private NodeView visibleNode(String code, Operation operation) {
    AuthenticatedUser user = CurrentUser.require();
    if (!policy.allows(user, operation, code)) {
      throw new NotFoundException("节点不存在 / no such node: " + code);
    }
    return directory.tree().node(code).orElseThrow(() -> new NotFoundException("节点不存在 / no such node: " + code));
  }
}
