package io.heatcloud.web.faces;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.customers.application.CodingService;
import io.heatcloud.core.customers.domain.CodeKind;
import io.heatcloud.core.customers.domain.CodePattern;
import io.heatcloud.core.customers.domain.CodePattern.Field;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The group's coding rules, edited by headquarters. */
@Named
@ViewScoped
public class CodingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CodingService coding;
  @Inject transient AccessPolicy policy;
  @Inject transient OrgDirectory directory;

  private List<Rule> rules;

  @PostConstruct
  void init() {
    rules = new ArrayList<>();
    coding.rules().forEach((kind, pattern) -> rules.add(new Rule(kind, pattern)));
    rules.sort(java.util.Comparator.comparing(r -> r.kind));
  }

  /**
   * Saves a rule.
   *
   * @param rule the rule
   */
  public void save(Rule rule) {
    try {
      coding.change(Faces.user(), rule.kind, rule.pattern);
      Faces.info("coding.saved");
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  /**
   * Whether the user may change the rules.
   *
   * @return true for headquarters
   */
  public boolean isManager() {
    String root = directory.tree().root().map(NodeView::code).orElse(null);
    return policy.allows(Faces.user(), Operation.CODING_MANAGE, root);
  }

  public List<Rule> getRules() {
    return rules;
  }

  /** A rule being edited. */
  public static class Rule implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CodeKind kind;
    private String pattern;

    Rule(CodeKind kind, String pattern) {
      this.kind = kind;
      this.pattern = pattern;
    }

    public CodeKind getKind() {
      return kind;
    }

    public String getPattern() {
      return pattern;
    }

    public void setPattern(String pattern) {
      this.pattern = pattern;
    }

    /**
     * An example code by the rule.
     *
     * @return e.g. {@code YTRLXQ0100001}, or the reason the rule is invalid
     */
    public String getExample() {
      try {
        return CodePattern.parse(kind, pattern)
            .expand(Map.of(Field.REGION, "JDQY", Field.COMPANY, "YTRL", Field.COMMUNITY, "XQ01", Field.BUILDING, "3",
                Field.UNIT, "2", Field.ROOM, "1102"))
            .with(1);
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    }
  }
}
