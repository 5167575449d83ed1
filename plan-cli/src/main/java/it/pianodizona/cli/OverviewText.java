package it.pianodizona.cli;

import it.pianodizona.io.SafeText;
import it.pianodizona.model.common.Money;
import it.pianodizona.overview.AgreementState;
import it.pianodizona.overview.Overview;
import it.pianodizona.overview.PlanRow;
import it.pianodizona.overview.RegionSummary;
import it.pianodizona.overview.Stat;
import it.pianodizona.rules.Severity;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Il quadro d'insieme in testo: a plan per paragraph, then each region and the nation. */
final class OverviewText {

  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final Texts texts;
  private final boolean italian;
  private final StringBuilder out = new StringBuilder();

  private OverviewText(Texts texts) {
    this.texts = texts;
    this.italian = PlanFiles.isItalian(texts.language().locale());
  }

  static String render(Overview overview, Texts texts) {
    return new OverviewText(texts).overview(overview);
  }

  private String overview(Overview overview) {
    RegionSummary national = overview.national();
    line(texts.get("overview.header", date(overview.asOf()), national.files(), national.plans(),
        national.files() - national.plans()));
    line("");
    line(texts.get("overview.plans"));
    for (PlanRow r : overview.rows()) {
      row(r);
    }
    line("");
    line(texts.get("overview.regions"));
    overview.regions().forEach((region, s) -> summary("  " + region.italianName(), s));
    summary(texts.get("overview.national"), national);
    return out.toString();
  }

  private void row(PlanRow r) {
    if (r.failure().isPresent()) {
      line("  " + texts.get("overview.unreadable", r.failure().get().location(),
          r.failure().get().message(texts.language().locale())));
      return;
    }
    line("  " + texts.get("overview.row", r.planId().orElse(""), r.districtName().orElse(""),
        r.region().map(region -> region.italianName()).orElse(""),
        r.period().map(p -> p.start().getYear() + "-" + p.end().getYear()).orElse(""),
        r.status().map(s -> texts.get("overview.status." + s.name())).orElse("")));
    line("    " + texts.get("overview.money", known(r.population().map(String::valueOf)),
        known(r.budgetPerYear().map(Money::amount).map(this::number)),
        known(r.budgetPerInhabitant().map(Money::amount).map(this::number))));
    line("    " + texts.get("overview.content", r.objectives(), r.indicators(), r.governanceBodies(),
        texts.get("overview.agreement." + r.agreementState().name(),
            r.signatureDate().map(this::date).orElse(""))));
    line("    " + texts.get("overview.findings", r.findings(Severity.ERROR), r.findings(Severity.WARNING),
        r.findings(Severity.INFO)));
  }

  private void summary(String name, RegionSummary s) {
    Stat perInhabitant = s.budgetPerInhabitant();
    line(texts.get("overview.summary", name, s.plans(), s.files() - s.plans(), s.population().count(),
        known(s.population().sum().map(BigDecimal::toPlainString))));
    line("    " + texts.get("overview.quartiles", perInhabitant.count(),
        known(perInhabitant.firstQuartile().map(this::number)), known(perInhabitant.median().map(this::number)),
        known(perInhabitant.thirdQuartile().map(this::number))));
    line("    " + texts.get("overview.findings", s.findingsBySeverity().get(Severity.ERROR),
        s.findingsBySeverity().get(Severity.WARNING), s.findingsBySeverity().get(Severity.INFO))
        + "; " + texts.get("overview.agreements", s.agreements().get(AgreementState.SIGNED),
        s.agreements().get(AgreementState.OVERDUE)));
  }

  private String known(Optional<String> value) {
    return value.orElse(texts.get("overview.unknown"));
  }

  private String number(BigDecimal value) {
    String plain = value.setScale(Math.max(0, Math.min(2, value.scale())), java.math.RoundingMode.HALF_EVEN).toPlainString();
    return italian ? plain.replace('.', ',') : plain;
  }

  private String date(java.time.LocalDate date) {
    return italian ? date.format(ITALIAN_DATE) : date.toString();
  }

  private void line(String text) {
    out.append(SafeText.oneLine(text)).append('\n');
  }
}
