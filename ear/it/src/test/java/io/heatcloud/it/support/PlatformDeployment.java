package io.heatcloud.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the integration tests: deploys the EAR the build produced, unchanged, and tests it
 * from the outside like a user would (REST, pages, the database it writes).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PlatformDeployment {

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  /**
   * The application as built.
   *
   * @return heatcloud.ear
   */
  @Deployment(testable = false)
  public static EnterpriseArchive heatcloud() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(It.property("heatcloud.it.ear")));
  }
}
