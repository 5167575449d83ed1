package it.pianodizona.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Versioni di rilascio: the two poms that cannot inherit the build's version write it by hand
 * (the BOM, which has no parent so that importing it brings only our coordinates, and the
 * integrator example, which imports the BOM as an outsider would); a release that changes the
 * version must change them too.
 */
class ReleaseVersionsTest {

  private static final String VERSION = System.getProperty("project.version");

  private static String evaluate(Path pom, String xpath)
      throws IOException, ParserConfigurationException, SAXException, XPathExpressionException {
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
  }

  @Test
  void theBomHasTheBuildsVersion() throws Exception {
    assertThat(VERSION).as("project.version from surefire").isNotBlank();
    assertThat(evaluate(Path.of("../plan-bom/pom.xml"), "/project/version"))
        .as("plan-bom/pom.xml <version>").isEqualTo(VERSION);
  }

  @Test
  void theIntegratorImportsTheBomOfThisVersion() throws Exception {
    assertThat(evaluate(Path.of("integrator/pom.xml"),
        "/project/dependencyManagement/dependencies/dependency[artifactId='plan-bom']/version"))
        .as("examples/integrator/pom.xml plan-bom <version>").isEqualTo(VERSION);
  }
}
