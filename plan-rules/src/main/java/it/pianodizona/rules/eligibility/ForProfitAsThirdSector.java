package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.LEGAL_FORM;
import static it.pianodizona.rules.spi.PlanFields.NAME;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.LegalForm;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.ThirdSectorKind;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Società lucrativa come ETS: an organisation recorded as a third-sector entity whose legal form
 * (forma giuridica) is a for-profit company (S.r.l., S.p.A., S.a.p.a., S.n.c., S.a.s., società
 * semplice) is not one: CTS art. 4 c.1 lists the entities, "diversi dalle società", and a company
 * enters the third sector only as a social enterprise (D.Lgs. 112/2017 art. 1), social
 * cooperatives included. So an organisation recorded as a social enterprise or social
 * cooperative, or whose name or stated form says so ("impresa sociale", "cooperativa sociale"),
 * is left alone.
 *
 * <p>The recorded legal form decides where the document states one (the finding points at it); the
 * name is read only where it does not, for the form it ends with or includes.
 */
final class ForProfitAsThirdSector extends AbstractRule {

  /** The company forms, as tokens of the name with dots and spaces removed from them. */
  private static final Pattern COMPANY_FORM =
      Pattern.compile("(?<![\\p{L}\\p{N}])(s\\.?\\s?r\\.?\\s?l|s\\.?\\s?p\\.?\\s?a|s\\.?\\s?n\\.?\\s?c|s\\.?\\s?a\\.?\\s?s|s\\.?\\s?a\\.?\\s?p\\.?\\s?a)\\.?(?![\\p{L}\\p{N}])");
  /**
   * The names that mark a social enterprise, found anywhere in the lower-cased name: plain
   * substrings rather than a pattern ("impresa sociale|cooperativa sociale|coop\\.? sociale|onlus"),
   * as this runs for every third-sector organisation of every plan.
   */
  private static final List<String> SOCIAL =
      List.of("impresa sociale", "cooperativa sociale", "coop sociale", "coop. sociale", "onlus");

  ForProfitAsThirdSector() {
    super("FOR_PROFIT_AS_THIRD_SECTOR", RuleFamily.ELIGIBILITY, Severity.WARNING,
        Citations.CTS_ART4 + "; " + Citations.DLGS112_2017);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Organisation> organisations = plan.organisations();
    for (int o = 0; o < organisations.size(); o++) {
      Organisation organisation = organisations.get(o);
      if (!organisation.isThirdSectorEntity() || socialEnterprise(organisation)) {
        continue;
      }
      if (organisation.legalForm().isPresent()) {
        LegalForm legalForm = organisation.legalForm().get();
        if (legalForm.isForProfitCompany()) {
          context.finding(Pointer.root().item(ORGANISATIONS, o).field(LEGAL_FORM))
              .with("name", organisation.name())
              .with("form", organisation.legalFormStatedAs().orElse(abbreviation(legalForm))).report();
        }
        continue;
      }
      Optional<String> form = companyForm(organisation.name());
      if (form.isPresent()) {
        context.finding(Pointer.root().item(ORGANISATIONS, o).field(NAME))
            .with("name", organisation.name()).with("form", form.get()).report();
      }
    }
  }

  private static boolean socialEnterprise(Organisation organisation) {
    Optional<ThirdSectorKind> kind = organisation.thirdSectorKind();
    return kind.filter(k -> k == ThirdSectorKind.SOCIAL_ENTERPRISE || k == ThirdSectorKind.SOCIAL_COOPERATIVE).isPresent()
        || namedSocial(organisation.name().toLowerCase(Locale.ITALIAN))
        || organisation.legalFormStatedAs().filter(s -> namedSocial(s.toLowerCase(Locale.ITALIAN))).isPresent();
  }

  static boolean namedSocial(String lowerCaseName) {
    for (String social : SOCIAL) {
      if (lowerCaseName.contains(social)) {
        return true;
      }
    }
    return false;
  }

  /** The company form the name ends or includes, as written, if any. */
  static Optional<String> companyForm(String name) {
    String lower = name.toLowerCase(Locale.ITALIAN);
    if (!mayNameCompanyForm(lower)) {
      return Optional.empty();
    }
    var matcher = COMPANY_FORM.matcher(lower);
    return matcher.find() ? Optional.of(name.substring(matcher.start(), matcher.end()).trim()) : Optional.empty();
  }

  private static String abbreviation(LegalForm form) {
    return switch (form) {
      case LIMITED_COMPANY -> "S.r.l.";
      case JOINT_STOCK_COMPANY -> "S.p.A.";
      case PARTNERSHIP_LIMITED_BY_SHARES -> "S.a.p.a.";
      case GENERAL_PARTNERSHIP -> "S.n.c.";
      case LIMITED_PARTNERSHIP -> "S.a.s.";
      case SIMPLE_PARTNERSHIP -> "s.s.";
      default -> form.name();
    };
  }

  /**
   * Whether {@link #COMPANY_FORM} can match: some "s" that no letter or digit precedes is
   * followed, after at most a dot and a space, by r, p, n or a, as every form begins. Most names
   * have none, and then the pattern need not run.
   */
  private static boolean mayNameCompanyForm(String lower) {
    for (int i = lower.indexOf('s'); i >= 0; i = lower.indexOf('s', i + 1)) {
      if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
        continue;
      }
      int next = i + 1;
      if (next < lower.length() && lower.charAt(next) == '.') {
        next++;
      }
      if (next < lower.length() && isRegexSpace(lower.charAt(next))) {
        next++;
      }
      if (next < lower.length() && "rpna".indexOf(lower.charAt(next)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** What {@code \\s} matches in a pattern without flags. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
