package it.pianodizona.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.territory.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Registro dei comuni: every Italian municipality with its ISTAT code, official name, province,
 * region and census population, read from the data shipped in this jar (Fonte: ISTAT, see
 * {@code META-INF/NOTICE}).
 *
 * <p>Immutable and thread-safe. {@link #italy()} loads the data once, on first use, and shares
 * it; lookups by code, province and region are hash lookups.
 *
 * <pre>{@code
 * MunicipalityRegistry registry = MunicipalityRegistry.italy();
 * registry.byCode("019035");                    // Crema, CR, Lombardia
 * registry.byName("S. Giovanni in Croce");      // [San Giovanni in Croce (019090)]
 * registry.inProvince("CR");                    // the 113 municipalities of Cremona's province
 * }</pre>
 */
public final class MunicipalityRegistry {

  static final String MUNICIPALITIES = "municipalities.tsv";
  static final String PROVINCES = "provinces.tsv";


  private final ImmutableList<Municipality> all;
  // Plain JDK maps, written only here and never exposed: Guava's immutable builders cost the
  // first load a third more, most of it before the JIT has compiled anything.
  private final Map<String, Municipality> byCode;
  private final Map<String, ImmutableList<Municipality>> byName;
  private final ImmutableMap<String, Province> provinces;
  private final Map<String, ImmutableList<Municipality>> byProvince;
  private final Map<Region, ImmutableList<Municipality>> byRegion;
  private final String listSource;

  private MunicipalityRegistry(ImmutableList<Municipality> all, ImmutableMap<String, Province> provinces,
                               String listSource) {
    this.all = all;
    this.provinces = provinces;
    this.listSource = listSource;
    Map<String, Municipality> codes = new HashMap<>(all.size() * 2);
    Map<String, ImmutableList<Municipality>> names = new HashMap<>(all.size() * 2);
    Map<String, List<Municipality>> inProvince = new HashMap<>();
    Map<Region, List<Municipality>> inRegion = new EnumMap<>(Region.class);
    for (Municipality m : all) {
      if (codes.put(m.istatCode(), m) != null) {
        throw new IllegalStateException("the ISTAT code " + m.istatCode() + " is listed twice");
      }
      String key = MunicipalityNames.normalise(m.name());
      addName(names, key, m);
      // Bilingual names ("Bolzano/Bozen") are found under each of their names too.
      if (m.name().indexOf('/') > 0) {
        addEachName(names, m);
      }
      // No lambdas on the load path: linking each costs the first load more than its loop.
      List<Municipality> province = inProvince.get(m.province().code());
      if (province == null) {
        province = new ArrayList<>();
        inProvince.put(m.province().code(), province);
      }
      province.add(m);
      List<Municipality> region = inRegion.get(m.region());
      if (region == null) {
        region = new ArrayList<>();
        inRegion.put(m.region(), region);
      }
      region.add(m);
    }
    this.byCode = codes;
    this.byName = names;
    this.byProvince = immutableValues(inProvince, new HashMap<>());
    this.byRegion = immutableValues(inRegion, new EnumMap<>(Region.class));
  }

  private static void addEachName(Map<String, ImmutableList<Municipality>> names, Municipality m) {
    int start = 0;
    while (true) {
      int slash = m.name().indexOf('/', start);
      String part = slash < 0 ? m.name().substring(start) : m.name().substring(start, slash);
      addName(names, MunicipalityNames.normalise(part), m);
      if (slash < 0) {
        return;
      }
      start = slash + 1;
    }
  }

  private static void addName(Map<String, ImmutableList<Municipality>> names, String key, Municipality m) {
    ImmutableList<Municipality> same = names.get(key);
    if (same != null && same.get(same.size() - 1) == m) {
      return; // a bilingual name whose two forms read the same
    }
    names.put(key, same == null ? ImmutableList.of(m)
        : ImmutableList.<Municipality>builderWithExpectedSize(same.size() + 1).addAll(same).add(m).build());
  }

  private static <K> Map<K, ImmutableList<Municipality>> immutableValues(Map<K, List<Municipality>> lists,
                                                                           Map<K, ImmutableList<Municipality>> into) {
    for (Map.Entry<K, List<Municipality>> e : lists.entrySet()) {
      into.put(e.getKey(), ImmutableList.copyOf(e.getValue()));
    }
    return into;
  }

  /** The registry of the data in this jar, loaded on first use and then shared. */
  public static MunicipalityRegistry italy() {
    return Holder.ITALY;
  }

  /**
   * A registry freshly read from the data in this jar. Prefer {@link #italy()}, which reads it
   * once; this is for measuring the load.
   */
  public static MunicipalityRegistry load() {
    Map<String, Province> provinces = readProvinces();
    List<Municipality> municipalities = new ArrayList<>(8_000);
    Map<String, String> meta = new HashMap<>();
    try (BufferedReader in = open(MUNICIPALITIES)) {
      boolean header = true;
      Optional<Population> noPopulation = Optional.empty();
      LocalDate populationDate = null;
      String populationSource = null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#! ")) {
          int eq = line.indexOf('=');
          meta.put(line.substring(3, eq), line.substring(eq + 1));
          continue;
        }
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        if (header) {
          header = false;
          populationDate = isoDate(required(meta, "populationDate"));
          populationSource = required(meta, "populationSource");
          continue;
        }
        int tab1 = line.indexOf('\t');
        int tab2 = line.indexOf('\t', tab1 + 1);
        String code = line.substring(0, tab1);
        Province province = provinces.get(code.substring(0, 3));
        if (province == null) {
          throw new IllegalStateException("the registry names no province " + code.substring(0, 3)
              + " for municipality " + code);
        }
        String inhabitants = line.substring(tab2 + 1);
        Optional<Population> population = inhabitants.isEmpty() ? noPopulation
            : Optional.of(new Population(Integer.parseInt(inhabitants), populationDate, populationSource));
        municipalities.add(new Municipality(code, line.substring(tab1 + 1, tab2), province, population));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the municipality registry", e);
    }
    return new MunicipalityRegistry(ImmutableList.copyOf(municipalities), ImmutableMap.copyOf(provinces),
        required(meta, "listSource"));
  }

  /** The municipality with this six-digit ISTAT code. */
  public Optional<Municipality> byCode(String istatCode) {
    return Optional.ofNullable(byCode.get(istatCode));
  }

  /**
   * The municipalities whose name, in {@linkplain MunicipalityNames#normalise normal form},
   * is this one's; several where names repeat across provinces (Castro, Samone, …).
   */
  public ImmutableList<Municipality> byName(String name) {
    return byName.getOrDefault(MunicipalityNames.normalise(name), ImmutableList.of());
  }

  /** The province with this three-digit ISTAT code or two-letter abbreviation ({@code CR}). */
  public Optional<Province> province(String codeOrAbbreviation) {
    Province byCodeOrNull = provinces.get(codeOrAbbreviation);
    if (byCodeOrNull != null) {
      return Optional.of(byCodeOrNull);
    }
    String abbreviation = codeOrAbbreviation.toUpperCase(Locale.ROOT);
    return provinces.values().stream().filter(p -> p.abbreviation().equals(abbreviation)).findFirst();
  }

  /** The municipalities of a province, by ISTAT code or abbreviation; empty for an unknown one. */
  public ImmutableList<Municipality> inProvince(String codeOrAbbreviation) {
    return province(codeOrAbbreviation).map(p -> byProvince.get(p.code())).orElse(ImmutableList.of());
  }

  /** The municipalities of a region, in code order. */
  public ImmutableList<Municipality> inRegion(Region region) {
    return byRegion.getOrDefault(region, ImmutableList.of());
  }

  /**
   * Popolazione del distretto derivata: the sum of these municipalities' populations, when every
   * code is known and has one, as a figure that says it is derived, from how many
   * municipalities and from which date. Empty otherwise: a partial sum is not the district's.
   */
  public Optional<Population> derivedPopulation(Collection<String> istatCodes) {
    if (istatCodes.isEmpty() || new HashSet<>(istatCodes).size() != istatCodes.size()) {
      return Optional.empty();
    }
    int sum = 0;
    Population last = null;
    for (String code : istatCodes) {
      Municipality m = byCode.get(code);
      if (m == null || m.population().isEmpty()) {
        return Optional.empty();
      }
      last = m.population().get();
      sum += last.inhabitants();
    }
    return Optional.of(new Population(sum, last.referenceDate(),
        "derivata: somma di " + istatCodes.size() + " comuni del registro (" + last.source() + ")"));
  }

  /** Every municipality, in code order. */
  public ImmutableList<Municipality> all() {
    return all;
  }

  /** Every province, by ISTAT code. */
  public ImmutableList<Province> provinces() {
    return provinces.values().asList();
  }

  /** Where the list of municipalities comes from, e.g. ISTAT's list through an npm package. */
  public String listSource() {
    return listSource;
  }

  private static Map<String, Province> readProvinces() {
    Map<String, Province> provinces = new LinkedHashMap<>();
    try (BufferedReader in = open(PROVINCES)) {
      boolean header = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = fields(line, 5);
        provinces.put(f[0], new Province(f[0], f[1], f[2], region(f[3], f[1]), f[3], f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the province registry", e);
    }
    return provinces;
  }

  /** Trentino-Alto Adige's social services are the autonomous provinces', as in the plan model. */
  private static Region region(String istatRegionCode, String provinceAbbreviation) {
    if (istatRegionCode.equals("04")) {
      return provinceAbbreviation.equals("BZ") ? Region.PROVINCIA_AUTONOMA_BOLZANO : Region.PROVINCIA_AUTONOMA_TRENTO;
    }
    for (Region region : Region.values()) {
      if (region.istatCode().equals(istatRegionCode)) {
        return region;
      }
    }
    throw new IllegalStateException("no region with ISTAT code " + istatRegionCode);
  }

  private static String[] fields(String line, int count) {
    String[] fields = new String[count];
    int start = 0;
    for (int i = 0; i < count - 1; i++) {
      int tab = line.indexOf('\t', start);
      fields[i] = line.substring(start, tab);
      start = tab + 1;
    }
    fields[count - 1] = line.substring(start);
    return fields;
  }

  /** {@code yyyy-mm-dd}, without loading java.time's formatters for one date. */
  private static LocalDate isoDate(String text) {
    return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
        Integer.parseInt(text.substring(8, 10)));
  }

  private static String required(Map<String, String> meta, String key) {
    String value = meta.get(key);
    if (value == null) {
      throw new IllegalStateException("the municipality registry has no '" + key + "'");
    }
    return value;
  }

  private static BufferedReader open(String resource) {
    InputStream in = MunicipalityRegistry.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the resource " + resource + " is missing from plan-registry");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Loads the shared registry on first use: the JVM runs a class's initialiser once, safely. */
  private static final class Holder {
    static final MunicipalityRegistry ITALY = load();
  }
}
