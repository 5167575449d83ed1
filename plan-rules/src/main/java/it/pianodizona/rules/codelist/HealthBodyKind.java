package it.pianodizona.rules.codelist;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.territory.Region;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Tipo di ente sanitario nel tempo: a kind of health body of a region (Lombardia: ASL until
 * 31/12/2015, ATS and ASST from 1/1/2016, l.r. 23/2015), recognised by the organisation's name,
 * with the days it existed; {@link #all()} reads them from {@code health-bodies.properties}.
 */
public record HealthBodyKind(Region region, String id, String name, Pattern pattern, Optional<LocalDate> from,
    Optional<LocalDate> until, String citation, ImmutableSet<String> toVerify) {

  private static final ImmutableList<HealthBodyKind> ALL = load();

  /** Every kind of the codelist, region by region. */
  public static ImmutableList<HealthBodyKind> all() {
    return ALL;
  }

  /** The kinds of one region; empty where the codelist has none. */
  public static ImmutableList<HealthBodyKind> of(Region region) {
    return ALL.stream().filter(k -> k.region == region).collect(ImmutableList.toImmutableList());
  }

  /** Whether an organisation so named is of this kind. */
  public boolean names(String organisationName) {
    return pattern.matcher(organisationName).matches();
  }

  /** Whether the kind existed on {@code day}. */
  public boolean existedOn(LocalDate day) {
    return from.map(f -> !day.isBefore(f)).orElse(true) && until.map(u -> !day.isAfter(u)).orElse(true);
  }

  private static ImmutableList<HealthBodyKind> load() {
    Properties p = Resources.load("health-bodies.properties");
    ImmutableList.Builder<HealthBodyKind> kinds = ImmutableList.builder();
    for (String region : Resources.list(p, "regions")) {
      for (String id : Resources.list(p, region + ".kinds")) {
        String key = region + "." + id + ".";
        kinds.add(new HealthBodyKind(Resources.constant(Region.class, region), id, Resources.required(p, key + "name"),
            Pattern.compile(Resources.required(p, key + "pattern")),
            Resources.text(p, key + "from").map(LocalDate::parse),
            Resources.text(p, key + "until").map(LocalDate::parse),
            Resources.required(p, key + "citation"),
            ImmutableSet.copyOf(Resources.list(p, key + "verify"))));
      }
    }
    return kinds.build();
  }
}
