package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of a report's findings: paths in the order a reader meets the plan, list items by
 * index, then rule id and message. The findings are built by hand (rule ids, paths and messages
 * illustrative) and given in the wrong order, so that a comparator that answers "equal" fails.
 */
class FindingOrderTest {

  private static Finding finding(String ruleId, String path, String message) {
    return Finding.builder().ruleId(ruleId).severity(Severity.ERROR).path(path).message(message)
        .reference("L. 328/2000 art. 19").build();
  }

  private static Finding at(String path) {
    return finding("BUDGET_TOTAL_MISMATCH", path, "m");
  }

  private static List<Finding> sorted(Finding... findings) {
    List<Finding> list = new ArrayList<>(Arrays.asList(findings));
    list.sort(FindingOrder.INSTANCE);
    return list;
  }

  private static List<String> sortedPaths(String... paths) {
    return sorted(Arrays.stream(paths).map(FindingOrderTest::at).toArray(Finding[]::new)).stream()
        .map(Finding::path).toList();
  }

  @Test
  void findingsOfTheSameRuleAtTheSamePathAreSortedByMessage() {
    Finding b = finding("BUDGET_TOTAL_MISMATCH", "/budget", "b");
    Finding a = finding("BUDGET_TOTAL_MISMATCH", "/budget", "a");
    assertThat(sorted(b, a)).containsExactly(a, b);
    assertThat(FindingOrder.INSTANCE.compare(b, a)).isPositive();
  }

  @Test
  void atTheSamePathTheRuleIdComesBeforeTheMessage() {
    Finding late = finding("BUDGET_TOTAL_MISMATCH", "/budget", "a");
    Finding early = finding("ACTUALS_TOTAL_MISMATCH", "/budget", "z");
    assertThat(sorted(late, early)).containsExactly(early, late);
  }

  @Test
  void theShorterPathComesFirstWhenItIsAPrefixOfTheOther() {
    assertThat(sortedPaths("/objectives/0", "/objectives")).containsExactly("/objectives", "/objectives/0");
    assertThat(sortedPaths("/objectives", "")).containsExactly("", "/objectives");
  }

  @Test
  void indexSegmentsAreComparedAsNumbers() {
    assertThat(sortedPaths("/objectives/10", "/objectives/9", "/objectives/2"))
        .containsExactly("/objectives/2", "/objectives/9", "/objectives/10");
  }

  @Test
  void anIndexComesBeforeANameAtTheSameDepth() {
    assertThat(sortedPaths("/objectives/code", "/objectives/0")).containsExactly("/objectives/0", "/objectives/code");
    assertThat(sortedPaths("/objectives/0", "/objectives/code")).containsExactly("/objectives/0", "/objectives/code");
  }

  @Test
  void namesBelowTheRootAreComparedAsText() {
    assertThat(sortedPaths("/budget/years", "/budget/actuals")).containsExactly("/budget/actuals", "/budget/years");
  }

  @Test
  void aSegmentOfTenDigitsIsANameNotAnIndex() {
    // as an index 0000000001 would be 1 and come before 5; as a name it follows every index
    assertThat(sortedPaths("/objectives/0000000001", "/objectives/5"))
        .containsExactly("/objectives/5", "/objectives/0000000001");
    // and a segment too long for a long does not overflow
    assertThat(sortedPaths("/objectives/99999999999999999999", "/objectives/3"))
        .containsExactly("/objectives/3", "/objectives/99999999999999999999");
  }

  @Test
  void aSegmentOfNineDigitsIsStillAnIndex() {
    assertThat(sortedPaths("/objectives/100000000", "/objectives/99999999"))
        .containsExactly("/objectives/99999999", "/objectives/100000000");
  }

  @Test
  void rootFieldsFollowThePlansOrderAndUnknownOnesGoLast() {
    assertThat(sortedPaths("/sources", "/budget", "/title", "/id", "/aaa", "/zzz"))
        .containsExactly("/id", "/title", "/budget", "/sources", "/aaa", "/zzz");
    assertThat(sortedPaths("/title", "/id")).containsExactly("/id", "/title");
  }
}
