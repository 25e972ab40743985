package vn.loaxanh.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The suite tests the WAR the build made, deployed as ROOT as in production, once for all test
 * classes.
 */
@ArquillianSuiteDeployment
public class Deployments {

  @Deployment(testable = false)
  public static WebArchive application() {
    File built = new File(System.getProperty("loaxanh.war", "target/loa-xanh.war"));
    return ShrinkWrap.create(WebArchive.class, "ROOT.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, built));
  }
}
