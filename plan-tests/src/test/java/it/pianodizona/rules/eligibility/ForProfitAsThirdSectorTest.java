package it.pianodizona.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The rule's shortcuts find what its patterns alone found, for any name. */
class ForProfitAsThirdSectorTest {

  private static final Pattern COMPANY_FORM =
      Pattern.compile("(?<![\\p{L}\\p{N}])(s\\.?\\s?r\\.?\\s?l|s\\.?\\s?p\\.?\\s?a|s\\.?\\s?n\\.?\\s?c|s\\.?\\s?a\\.?\\s?s|s\\.?\\s?a\\.?\\s?p\\.?\\s?a)\\.?(?![\\p{L}\\p{N}])");
  private static final Pattern SOCIAL = Pattern.compile("impresa sociale|cooperativa sociale|coop\\.? sociale|onlus");

  /** The company form as the rule first found it, with the pattern alone. */
  private static Optional<String> patternCompanyForm(String name) {
    var matcher = COMPANY_FORM.matcher(name.toLowerCase(Locale.ITALIAN));
    return matcher.find() ? Optional.of(name.substring(matcher.start(), matcher.end()).trim()) : Optional.empty();
  }

  @Test
  void companyFormsAreFoundAsWrittenAndSocialNamesRecognised() {
    assertThat(ForProfitAsThirdSector.companyForm("Servizi Alfa S.r.l.")).contains("S.r.l.");
    assertThat(ForProfitAsThirdSector.companyForm("Beta S. p. A.")).contains("S. p. A.");
    assertThat(ForProfitAsThirdSector.companyForm("Gamma snc")).contains("snc");
    assertThat(ForProfitAsThirdSector.companyForm("Associazione Spazio Aperto")).isEmpty();
    assertThat(ForProfitAsThirdSector.companyForm("Casa sas")).contains("sas");
    assertThat(ForProfitAsThirdSector.namedSocial("cooperativa sociale il sole")).isTrue();
    assertThat(ForProfitAsThirdSector.namedSocial("coop.sociale")).isFalse();
    assertThat(ForProfitAsThirdSector.namedSocial("alfa coop. sociale")).isTrue();
  }

  @Property(tries = 1000)
  void theCompanyFormIsThePatternsForAnyName(
      @ForAll @StringLength(max = 16) @Chars({'s', 'S', 'r', 'p', 'n', 'a', 'c', 'l', '.', ' ', '\t', 'x', '1', '\u00e0', '-'})
      String name) {
    assertThat(ForProfitAsThirdSector.companyForm(name)).isEqualTo(patternCompanyForm(name));
  }

  @Property(tries = 1000)
  void theCompanyFormIsThePatternsForArbitraryText(@ForAll @StringLength(max = 20) String name) {
    assertThat(ForProfitAsThirdSector.companyForm(name)).isEqualTo(patternCompanyForm(name));
  }

  @Property(tries = 1000)
  void aSocialNameIsThePatternsForAnyName(
      @ForAll @StringLength(max = 24) @Chars({'c', 'o', 'p', '.', ' ', 's', 'i', 'a', 'l', 'e', 'n', 'u', 'm', 'r', 't', 'v'})
      String name) {
    assertThat(ForProfitAsThirdSector.namedSocial(name)).isEqualTo(SOCIAL.matcher(name).find());
  }
}
