package io.heatcloud.web.faces;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.plugins.PluginHost;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.NodeSpec;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.OrgTree;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.application.OrganisationService;
import io.heatcloud.core.tenancy.descriptors.DescriptorService;
import io.heatcloud.core.tenancy.domain.DescriptorFile;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeSource;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation screen of headquarters and regional companies: the visible tree, the selected
 * node with its modules, and the dialogs that create regions and companies.
 */
@Named
@ViewScoped
public class OrgTreeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OrgDirectory directory;
  @Inject transient OrganisationService organisation;
  @Inject transient AccessPolicy policy;
  @Inject transient ModuleRegistry modules;
  @Inject transient PluginHost host;
  @Inject transient DescriptorService.DescriptorStore descriptors;

  private TreeNode<NodeView> root;
  private TreeNode<NodeView> selectedNode;
  private String selectedCode;
  private NewNode form = new NewNode();

  @PostConstruct
  void init() {
    rebuild();
  }

  private void rebuild() {
    AuthenticatedUser user = Faces.user();
    Set<String> visible =
        policy.nodesFor(user, Operation.ORG_VIEW).stream().map(NodeView::code).collect(Collectors.toSet());
    OrgTree tree = directory.tree();
    root = new DefaultTreeNode<>(null, null);
    for (NodeView node : tree.all()) {
      if (visible.contains(node.code()) && (node.parentCode() == null || !visible.contains(node.parentCode()))) {
        add(tree, node, root, visible);
      }
    }
  }

  private void add(OrgTree tree, NodeView node, TreeNode<NodeView> parent, Set<String> visible) {
    DefaultTreeNode<NodeView> treeNode = new DefaultTreeNode<>(node.kind().name(), node, parent);
    treeNode.setExpanded(true);
    if (node.code().equals(selectedCode)) {
      treeNode.setSelected(true);
      selectedNode = treeNode;
    }
    for (NodeView child : tree.children(node.code())) {
      if (visible.contains(child.code())) {
        add(tree, child, treeNode, visible);
      }
    }
  }

  /**
   * Selects a node.
   *
   * @param event the selection
   */
  public void onSelect(NodeSelectEvent event) {
    selectedCode = ((NodeView) event.getTreeNode().getData()).code();
  }

  /**
   * The selected node, fresh from the directory.
   *
   * @return the node, or null
   */
  public NodeView getSelected() {
    return selectedCode == null ? null : directory.tree().node(selectedCode).orElse(null);
  }

  /**
   * The modules a company can have: every installed plugin, with whether the company enabled it.
   *
   * @return one row per installed plugin
   */
  public List<ModuleRow> getModuleRows() {
    NodeView node = getSelected();
    if (node == null || node.kind() != NodeKind.COMPANY) {
      return List.of();
    }
    Set<String> enabled = modules.enabledIds(node.code());
    List<ModuleRow> rows = new ArrayList<>();
    for (LoadedModule module : host.modules()) {
      rows.add(new ModuleRow(module.id(), module.info().name().in(Faces.locale()), module.version(),
          enabled.contains(module.id())));
    }
    return rows;
  }

  /**
   * Enables or disables a module for the selected company.
   *
   * @param pluginId the module
   * @param enable the new state
   */
  public void toggleModule(String pluginId, boolean enable) {
    NodeView node = getSelected();
    try {
      organisation.setModuleEnabled(Faces.user(), node.code(), pluginId, enable);
      Faces.info(enable ? "tree.moduleEnabled" : "tree.moduleDisabled", node.code(), pluginId);
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  /**
   * Disables or re-activates the selected node.
   *
   * @param active the new state
   */
  public void setActive(boolean active) {
    try {
      organisation.setActive(Faces.user(), selectedCode, active);
      rebuild();
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  /** Prepares the dialog for a new region under the selected node (the group). */
  public void prepareRegion() {
    form = new NewNode();
    form.kind = NodeKind.REGION;
    form.parent = selectedCode;
  }

  /** Prepares the dialog for a new company under the selected region. */
  public void prepareCompany() {
    form = new NewNode();
    form.kind = NodeKind.COMPANY;
    form.parent = selectedCode;
  }

  /** Creates the node described in the dialog. */
  public void create() {
    NodeSpec spec =
        new NodeSpec(form.kind, form.code == null ? null : form.code.trim().toUpperCase(), form.parent,
            form.name, form.nameEn, form.city, form.modules, null, null, form.demoAccounts);
    try {
      NodeView created = organisation.create(Faces.user(), spec, NodeSource.CONSOLE);
      selectedCode = created.code();
      rebuild();
      Faces.info("tree.created", created.code() + " " + created.name());
      org.primefaces.PrimeFaces.current().executeScript("PF('newNodeDialog').hide()");
    } catch (ProblemException e) {
      Faces.problem(e);
    } catch (RuntimeException e) {
      Faces.error(e.getMessage());
    }
  }

  /**
   * Whether the user may create a region under the selected node.
   *
   * @return true when allowed
   */
  public boolean isCanCreateRegion() {
    NodeView node = getSelected();
    return node != null && node.kind() == NodeKind.GROUP
        && policy.allows(Faces.user(), Operation.ORG_CREATE_REGION, node.code());
  }

  /**
   * Whether the user may create a company under the selected node.
   *
   * @return true when allowed
   */
  public boolean isCanCreateCompany() {
    NodeView node = getSelected();
    return node != null && node.kind() == NodeKind.REGION
        && policy.allows(Faces.user(), Operation.ORG_CREATE_COMPANY, node.code());
  }

  /**
   * Whether the user may change the selected company's modules.
   *
   * @return true when allowed
   */
  public boolean isCanManageModules() {
    NodeView node = getSelected();
    return node != null && node.status() == NodeStatus.ACTIVE
        && policy.allows(Faces.user(), Operation.MODULES_ENABLE, node.code());
  }

  /**
   * Whether the user may disable or enable the selected node.
   *
   * @return true when allowed
   */
  public boolean isCanUpdate() {
    NodeView node = getSelected();
    return node != null && node.kind() != NodeKind.GROUP
        && policy.allows(Faces.user(), Operation.ORG_UPDATE, node.code());
  }

  /**
   * The descriptor files processed so far, for headquarters.
   *
   * @return the files, or nothing for regional users
   */
  public List<DescriptorFile> getDescriptorFiles() {
    String root = directory.tree().root().map(NodeView::code).orElse(null);
    return policy.allows(Faces.user(), Operation.PLUGINS_MANAGE, root) ? descriptors.list() : List.of();
  }

  /**
   * Installed plugins, for the module choice in the company dialog.
   *
   * @return id and name
   */
  public List<ModuleRow> getInstalledModules() {
    return host.modules().stream()
        .map(m -> new ModuleRow(m.id(), m.info().name().in(Faces.locale()), m.version(), false))
        .toList();
  }

  public TreeNode<NodeView> getRoot() {
    return root;
  }

  public TreeNode<NodeView> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<NodeView> selectedNode) {
    this.selectedNode = selectedNode;
    if (selectedNode != null && selectedNode.getData() != null) {
      selectedCode = selectedNode.getData().code();
    }
  }

  public NewNode getForm() {
    return form;
  }

  /**
   * A module in the company's module list.
   *
   * @param id the plugin id
   * @param name its name
   * @param version its version
   * @param enabled whether the company enabled it
   */
  public record ModuleRow(String id, String name, String version, boolean enabled) implements Serializable {}

  /** The form of the new-node dialog. */
  public static class NewNode implements Serializable {
    private static final long serialVersionUID = 1L;
    private NodeKind kind;
    private String parent;
    private String code;
    private String name;
    private String nameEn;
    private String city;
    private List<String> modules = new ArrayList<>();
    private int demoAccounts;

    public NodeKind getKind() {
      return kind;
    }

    public String getParent() {
      return parent;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }

    public String getCity() {
      return city;
    }

    public void setCity(String city) {
      this.city = city;
    }

    public List<String> getModules() {
      return modules;
    }

    public void setModules(List<String> modules) {
      this.modules = modules;
    }

    public int getDemoAccounts() {
      return demoAccounts;
    }

    public void setDemoAccounts(int demoAccounts) {
      this.demoAccounts = demoAccounts;
    }
  }
}
