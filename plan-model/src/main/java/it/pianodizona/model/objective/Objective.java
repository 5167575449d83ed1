package it.pianodizona.model.objective;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import it.pianodizona.model.policy.MatrixCell;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Obiettivo: a goal of the plan for its period, with its place in the priority matrix, the
 * actions (azioni), referents (integrazione), resources (risorse), tools (strumenti),
 * milestones (tempi) and indicators (valutazione) the document gives it.
 */
@Value.Immutable
public interface Objective extends Traceable {

  String id();

  /** The number or code in the document, e.g. "1". */
  String code();

  String title();

  /** The "OBIETTIVO" paragraph. */
  Optional<String> description();

  /** The reasons the document gives before stating the objective. */
  Optional<String> rationale();

  Optional<MatrixCell> matrixCell();

  ImmutableList<String> targetGroupIds();

  ImmutableList<String> policyAreaIds();

  ImmutableList<String> strategicAreaIds();

  ImmutableList<String> workTableIds();

  ImmutableList<Action> actions();

  /**
   * Integrazione: how the objective's actors work together, in the document's words. The
   * referents it names are held as {@link #referents()}.
   */
  Optional<String> integration();

  ImmutableList<Referent> referents();

  /** Risorse: what the document says about resources, in words. Amounts go in the budget. */
  Optional<String> resources();

  /** Strumenti. */
  ImmutableList<String> tools();

  ImmutableList<Milestone> milestones();

  ImmutableList<Indicator> indicators();

  /** Strumenti di valutazione. */
  Optional<String> evaluationMethod();

  /** The general wording on timing, e.g. "L'obiettivo è di natura strategica ...". */
  Optional<String> timing();

  static ImmutableObjective.Builder builder() {
    return ImmutableObjective.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
