package it.pianodizona.testkit.plans;

import static com.google.common.base.Preconditions.checkArgument;

import it.pianodizona.model.territory.Region;

/**
 * Forma del piano generato: how large a generated plan is and which region it belongs to.
 *
 * @param region the district's region; it drives the period (a real regional cycle)
 * @param objectives number of objectives (Crema 2015-2017 has 10)
 * @param municipalities number of member municipalities
 * @param subDistricts number of sub-districts (at most {@code municipalities})
 * @param thirdSectorEntities number of third-sector entities taking part and adhering
 */
public record PlanShape(
    Region region, int objectives, int municipalities, int subDistricts, int thirdSectorEntities) {

  /** Checks the counts: at least one of each, and no more sub-districts than municipalities. */
  public PlanShape {
    checkArgument(objectives >= 1, "at least one objective");
    checkArgument(municipalities >= 1, "at least one municipality");
    checkArgument(subDistricts >= 1 && subDistricts <= municipalities,
        "1 to %s sub-districts", municipalities);
    checkArgument(thirdSectorEntities >= 1, "at least one third-sector entity");
  }

  /** The size of the Crema 2015-2017 plan: 10 objectives, 6 sub-districts. */
  public static PlanShape cremaSized(Region region) {
    return new PlanShape(region, 10, 24, 6, 8);
  }

  /** Crema-sized, with every count multiplied by {@code factor}. */
  public static PlanShape scaled(Region region, int factor) {
    return new PlanShape(region, 10 * factor, 24 * factor, 6 * factor, 8 * factor);
  }
}
