package it.pianodizona.testkit.mutators;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.objective.ImmutableIndicator;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.ImmutableDistrict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Modifiche di un piano: small helpers to change one nested element of an immutable plan and get
 * the changed plan back.
 */
public final class PlanEdits {

  private PlanEdits() {}

  /** An immutable copy whose {@code with…} methods change one attribute. */
  public static ImmutableZonePlan copy(ZonePlan plan) {
    return ImmutableZonePlan.copyOf(plan);
  }

  /** The list with the item at {@code index} replaced. */
  public static <T> ImmutableList<T> replace(List<T> list, int index, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, item);
    return ImmutableList.copyOf(copy);
  }

  /** The list with the item added at the end. */
  public static <T> ImmutableList<T> append(List<T> list, T item) {
    return ImmutableList.<T>builder().addAll(list).add(item).build();
  }

  /** The list without the item at {@code index}. */
  public static <T> ImmutableList<T> remove(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(index);
    return ImmutableList.copyOf(copy);
  }

  /** The list without the items that pass the test. */
  public static <T> ImmutableList<T> removeIf(List<T> list, Predicate<? super T> test) {
    return list.stream().filter(test.negate()).collect(ImmutableList.toImmutableList());
  }

  /** The index of the first item that passes the test. */
  public static <T> OptionalInt indexOf(List<T> list, Predicate<? super T> test) {
    return IntStream.range(0, list.size()).filter(i -> test.test(list.get(i))).findFirst();
  }

  /** The indexes of the items that pass the test. */
  public static <T> List<Integer> indexesOf(List<T> list, Predicate<? super T> test) {
    return IntStream.range(0, list.size()).filter(i -> test.test(list.get(i))).boxed().toList();
  }

  /** One of the indexes, chosen by {@code pick}; empty if there is none. */
  public static Optional<Integer> choose(List<Integer> indexes, int pick) {
    return indexes.isEmpty() ? Optional.empty() : Optional.of(indexes.get(Math.floorMod(pick, indexes.size())));
  }

  /** An index below {@code size}, chosen by {@code pick}. */
  public static int choose(int size, int pick) {
    return Math.floorMod(pick, size);
  }

  /** The plan with its district changed. */
  public static ZonePlan district(ZonePlan plan, Function<ImmutableDistrict, District> edit) {
    return copy(plan).withDistrict(edit.apply(ImmutableDistrict.copyOf(plan.district())));
  }

  /** The plan with its participation process changed. */
  public static ZonePlan participation(ZonePlan plan, Function<ImmutableParticipation, Participation> edit) {
    return copy(plan).withParticipation(edit.apply(ImmutableParticipation.copyOf(plan.participation())));
  }

  /** The plan with its budget changed. */
  public static ZonePlan budget(ZonePlan plan, Function<ImmutableBudget, Budget> edit) {
    return copy(plan).withBudget(edit.apply(ImmutableBudget.copyOf(plan.budget())));
  }

  /** The plan with the objective at {@code index} changed. */
  public static ZonePlan objective(ZonePlan plan, int index, Function<ImmutableObjective, Objective> edit) {
    Objective changed = edit.apply(ImmutableObjective.copyOf(plan.objectives().get(index)));
    return copy(plan).withObjectives(replace(plan.objectives(), index, changed));
  }

  /** The plan with one indicator of one objective changed. */
  public static ZonePlan indicator(ZonePlan plan, int objective, int index,
      Function<ImmutableIndicator, Indicator> edit) {
    return objective(plan, objective, o -> o.withIndicators(
        replace(o.indicators(), index, edit.apply(ImmutableIndicator.copyOf(o.indicators().get(index))))));
  }

  /** The plan with the governance body at {@code index} changed. */
  public static ZonePlan body(ZonePlan plan, int index, Function<ImmutableGovernanceBody, GovernanceBody> edit) {
    GovernanceBody changed = edit.apply(ImmutableGovernanceBody.copyOf(plan.governanceBodies().get(index)));
    return copy(plan).withGovernanceBodies(replace(plan.governanceBodies(), index, changed));
  }

  /** The plan with its agreement changed; empty if it has none. */
  public static Optional<ZonePlan> agreement(ZonePlan plan,
      Function<ImmutableProgrammeAgreement, ? extends it.pianodizona.model.agreement.ProgrammeAgreement> edit) {
    return plan.agreement().map(a -> copy(plan).withAgreement(edit.apply(ImmutableProgrammeAgreement.copyOf(a))));
  }

  /** The day if it is a working day, else the nearest one after it: mutators date meetings off holidays. */
  public static java.time.LocalDate workingDayFrom(java.time.LocalDate day) {
    java.time.LocalDate working = day;
    while (it.pianodizona.rules.spi.Holidays.isHoliday(working)) {
      working = working.plusDays(1);
    }
    return working;
  }

  /** The day if it is a working day, else the nearest one before it. */
  public static java.time.LocalDate workingDayUntil(java.time.LocalDate day) {
    java.time.LocalDate working = day;
    while (it.pianodizona.rules.spi.Holidays.isHoliday(working)) {
      working = working.minusDays(1);
    }
    return working;
  }
}
