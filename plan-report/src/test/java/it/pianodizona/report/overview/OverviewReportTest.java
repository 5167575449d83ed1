package it.pianodizona.report.overview;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.overview.Overview;
import it.pianodizona.overview.PlanFinder;
import it.pianodizona.overview.PlanSummariser;
import it.pianodizona.report.BarChart;
import it.pianodizona.report.ReportDocument;
import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.ReportRenderer;
import it.pianodizona.report.Section;
import it.pianodizona.report.Table;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewReportTest {

  private static final Overview BUNDLED = PlanSummariser.standard(LocalDate.of(2024, 6, 30))
      .overview(PlanFinder.find(List.of(Path.of("../examples/plans")), false).files(), 1, n -> { });

  private static Section section(ReportDocument doc, String heading) {
    return doc.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
  }

  @Test
  void theTableOfPlansHasOneRowPerPlanAndBlanksForUnknownFigures() {
    ReportDocument doc = OverviewReport.document(BUNDLED, ReportLanguage.IT);
    Table plans = (Table) section(doc, "Piani").blocks().get(0);
    assertThat(plans.sortable()).isTrue();
    assertThat(plans.rows()).hasSize(5);
    var crema = plans.rows().stream().filter(r -> r.cells().get(0).text().contains("Crema")).findFirst().orElseThrow();
    assertThat(crema.cells().get(5).number()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("205.46"));
    var fasano = plans.rows().stream().filter(r -> r.cells().get(2).text().startsWith("2022")).findFirst().orElseThrow();
    assertThat(fasano.cells().get(4).number()).as("unknown budget").isEmpty();
    assertThat(fasano.cells().get(3).number()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("83087"));
  }

  @Test
  void spendingPerInhabitantIsChartedOnlyForPlansWhereItIsKnown() {
    ReportDocument doc = OverviewReport.document(BUNDLED, ReportLanguage.EN);
    BarChart byDistrict = (BarChart) section(doc, "Spending per inhabitant").blocks().get(0);
    // Enna's from its amount for the whole of 2018-2019, with both years unknown.
    assertThat(byDistrict.categories())
        .containsExactlyInAnyOrder("Ambito Distrettuale di Crema", "Distretto socio-sanitario n. 22");
  }

  @Test
  void theEnglishPageIsComplete() {
    String html = ReportRenderer.create().render(OverviewReport.document(BUNDLED, ReportLanguage.EN));
    assertThat(html).contains("Overview of the zone plans").contains("Findings by rule")
        .doesNotContain("Quadro d'insieme");
  }
}
