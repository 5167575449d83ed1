package it.pianodizona.rules;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.profile.RegionalProfile;
import java.time.LocalDate;

/**
 * Profili regionali standard: moved to {@link it.pianodizona.rules.profile.RegionalProfiles}.
 *
 * @deprecated since 0.1.0, use {@link it.pianodizona.rules.profile.RegionalProfiles}; this class
 *     will be removed in 1.0.
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public final class RegionalProfiles {

  public static final LocalDate RUNTS_OPERATIONAL_FROM =
      it.pianodizona.rules.profile.RegionalProfiles.RUNTS_OPERATIONAL_FROM;

  private RegionalProfiles() {}

  public static RegionalProfile national() {
    return it.pianodizona.rules.profile.RegionalProfiles.national();
  }

  public static RegionalProfile lombardia() {
    return it.pianodizona.rules.profile.RegionalProfiles.lombardia();
  }

  public static RegionalProfile puglia() {
    return it.pianodizona.rules.profile.RegionalProfiles.puglia();
  }

  public static RegionalProfile emiliaRomagna() {
    return it.pianodizona.rules.profile.RegionalProfiles.emiliaRomagna();
  }

  public static RegionalProfile forRegion(Region region) {
    return it.pianodizona.rules.profile.RegionalProfiles.forRegion(region);
  }

  public static ImmutableList<RegionalProfile> all() {
    return it.pianodizona.rules.profile.RegionalProfiles.all();
  }
}
