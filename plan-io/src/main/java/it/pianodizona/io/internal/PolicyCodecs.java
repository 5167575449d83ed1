package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.TextCodecs.STRING;

import it.pianodizona.model.policy.ImmutableMatrixAxisItem;
import it.pianodizona.model.policy.ImmutablePolicyArea;
import it.pianodizona.model.policy.ImmutablePolicyFramework;
import it.pianodizona.model.policy.ImmutablePriorityMatrix;
import it.pianodizona.model.policy.ImmutableStrategicArea;
import it.pianodizona.model.policy.ImmutableTargetGroup;
import it.pianodizona.model.policy.MatrixAxisItem;
import it.pianodizona.model.policy.MatrixCell;
import it.pianodizona.model.policy.PolicyArea;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.model.policy.PriorityMatrix;
import it.pianodizona.model.policy.StrategicArea;
import it.pianodizona.model.policy.TargetGroup;

/**
 * Codifiche del quadro delle politiche: target groups, policy and strategic areas, the priority
 * matrix (model package {@code policy}).
 *
 * <p>Part of the mapping indexed by {@link ModelCodecs}; types are listed leaves first, because
 * each codec refers to the codecs of its fields.
 */
public final class PolicyCodecs {

  private PolicyCodecs() {}

  public static final ObjectCodec<MatrixAxisItem, ImmutableMatrixAxisItem.Builder> MATRIX_AXIS_ITEM = ObjectCodec
      .of(MatrixAxisItem.class, "Voce della matrice: a row or column heading of the priority matrix",
          MatrixAxisItem::builder, ImmutableMatrixAxisItem.Builder::build)
      .required("id", MatrixAxisItem::id, ImmutableMatrixAxisItem.Builder::id, STRING)
      .required("name", MatrixAxisItem::name, ImmutableMatrixAxisItem.Builder::name, STRING)
      .build();

  /** {@link MatrixCell} has no builder: its two ids are collected here. */
  static final class CellIds {
    String rowId;
    String columnId;
  }

  public static final ObjectCodec<MatrixCell, CellIds> MATRIX_CELL = ObjectCodec
      .of(MatrixCell.class, "Cella della matrice delle priorità: where an objective sits", CellIds::new,
          b -> MatrixCell.of(b.rowId, b.columnId))
      .required("rowId", MatrixCell::rowId, (b, v) -> b.rowId = v, STRING)
      .required("columnId", MatrixCell::columnId, (b, v) -> b.columnId = v, STRING)
      .build();

  public static final ObjectCodec<TargetGroup, ImmutableTargetGroup.Builder> TARGET_GROUP = ObjectCodec
      .of(TargetGroup.class, "Area target / area di utenza: a population the plan addresses", TargetGroup::builder,
          ImmutableTargetGroup.Builder::build)
      .required("id", TargetGroup::id, ImmutableTargetGroup.Builder::id, STRING)
      .required("name", TargetGroup::name, ImmutableTargetGroup.Builder::name, STRING)
      .optional("description", TargetGroup::description, ImmutableTargetGroup.Builder::description, STRING)
      .build();

  public static final ObjectCodec<PolicyArea, ImmutablePolicyArea.Builder> POLICY_AREA = ObjectCodec
      .of(PolicyArea.class, "Area di policy / area trasversale: a theme across target groups", PolicyArea::builder,
          ImmutablePolicyArea.Builder::build)
      .required("id", PolicyArea::id, ImmutablePolicyArea.Builder::id, STRING)
      .required("name", PolicyArea::name, ImmutablePolicyArea.Builder::name, STRING)
      .optional("description", PolicyArea::description, ImmutablePolicyArea.Builder::description, STRING)
      .build();

  public static final ObjectCodec<StrategicArea, ImmutableStrategicArea.Builder> STRATEGIC_AREA = ObjectCodec
      .of(StrategicArea.class, "Area strategica: an area of the regional framework", StrategicArea::builder,
          ImmutableStrategicArea.Builder::build)
      .required("id", StrategicArea::id, ImmutableStrategicArea.Builder::id, STRING)
      .required("name", StrategicArea::name, ImmutableStrategicArea.Builder::name, STRING)
      .optional("description", StrategicArea::description, ImmutableStrategicArea.Builder::description, STRING)
      .build();

  public static final ObjectCodec<PriorityMatrix, ImmutablePriorityMatrix.Builder> PRIORITY_MATRIX = ObjectCodec
      .of(PriorityMatrix.class, "Matrice delle priorità: priority areas (rows) by regional lines (columns)",
          PriorityMatrix::builder, ImmutablePriorityMatrix.Builder::build)
      .optional("title", PriorityMatrix::title, ImmutablePriorityMatrix.Builder::title, STRING)
      .list("rows", PriorityMatrix::rows, ImmutablePriorityMatrix.Builder::addRows, MATRIX_AXIS_ITEM)
      .list("columns", PriorityMatrix::columns, ImmutablePriorityMatrix.Builder::addColumns, MATRIX_AXIS_ITEM)
      .build();

  public static final ObjectCodec<PolicyFramework, ImmutablePolicyFramework.Builder> POLICY_FRAMEWORK = ObjectCodec
      .of(PolicyFramework.class, "Quadro delle politiche: target groups, policy areas, strategic areas, matrix",
          PolicyFramework::builder, ImmutablePolicyFramework.Builder::build)
      .list("targetGroups", PolicyFramework::targetGroups, ImmutablePolicyFramework.Builder::addTargetGroups,
          TARGET_GROUP)
      .list("policyAreas", PolicyFramework::policyAreas, ImmutablePolicyFramework.Builder::addPolicyAreas, POLICY_AREA)
      .list("strategicAreas", PolicyFramework::strategicAreas, ImmutablePolicyFramework.Builder::addStrategicAreas,
          STRATEGIC_AREA)
      .optional("priorityMatrix", PolicyFramework::priorityMatrix, ImmutablePolicyFramework.Builder::priorityMatrix,
          PRIORITY_MATRIX)
      .build();
}
