/**
 * Asserzioni sugli esiti della validazione: AssertJ assertions for validation reports.
 *
 * <pre>{@code
 * import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
 *
 * assertThat(report).hasFinding("BUDGET_TOTAL_MISMATCH")
 *     .at("/budget/declaredTotals/2").withSeverity(Severity.ERROR);
 * assertThat(report).hasNoErrors();
 * }</pre>
 *
 * <p>The static {@code assertThat(ValidationReport)} overloads AssertJ's own, so both can be
 * imported in the same test.
 */
package it.pianodizona.testkit.assertions;
