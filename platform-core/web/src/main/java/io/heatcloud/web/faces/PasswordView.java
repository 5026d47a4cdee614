package io.heatcloud.web.faces;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.security.UserService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Changing one's own password. */
@Named
@RequestScoped
public class PasswordView {

  @Inject UserService users;

  private String current;
  private String next;
  private String repeat;

  /** Changes the password after checking the current one and the policy. */
  public void change() {
    if (next == null || !next.equals(repeat)) {
      Faces.error(Faces.text("password.mismatch"));
      return;
    }
    try {
      users.changeOwnPassword(Faces.user(), current == null ? new char[0] : current.toCharArray(), next);
      Faces.info("password.changed");
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  public String getCurrent() {
    return null;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return null;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeat() {
    return null;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
