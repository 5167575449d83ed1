package it.pianodizona.registry;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
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
import java.util.HashMap;
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

  private static final Splitter TAB = Splitter.on('\t');

  private final ImmutableList<Municipality> all;
  private final ImmutableMap<String, Municipality> byCode;
  private final ImmutableListMultimap<String, Municipality> byName;
  private final ImmutableMap<String, Province> provinces;
  private final ImmutableListMultimap<Province, Municipality> byProvince;
  private final ImmutableListMultimap<Region, Municipality> byRegion;
  private final String listSource;

  private MunicipalityRegistry(ImmutableList<Municipality> all, ImmutableMap<String, Province> provinces,
                               String listSource) {
    this.all = all;
    this.provinces = provinces;
    this.listSource = listSource;
    ImmutableMap.Builder<String, Municipality> codes = ImmutableMap.builderWithExpectedSize(all.size());
    ImmutableListMultimap.Builder<String, Municipality> names = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Province, Municipality> inProvince = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Region, Municipality> inRegion = ImmutableListMultimap.builder();
    for (Municipality m : all) {
      codes.put(m.istatCode(), m);
      String key = MunicipalityNames.normalise(m.name());
      names.put(key, m);
      // Bilingual names ("Bolzano/Bozen") are found under each of their names too.
      int slash = m.name().indexOf('/');
      if (slash > 0) {
        for (String part : Splitter.on('/').split(m.name())) {
          String partKey = MunicipalityNames.normalise(part);
          if (!partKey.equals(key)) {
            names.put(partKey, m);
          }
        }
      }
      inProvince.put(m.province(), m);
      inRegion.put(m.region(), m);
    }
    this.byCode = codes.buildOrThrow();
    this.byName = names.build();
    this.byProvince = inProvince.build();
    this.byRegion = inRegion.build();
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
          populationDate = LocalDate.parse(required(meta, "populationDate"));
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
    return byName.get(MunicipalityNames.normalise(name));
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
    return province(codeOrAbbreviation).map(byProvince::get).orElse(ImmutableList.of());
  }

  /** The municipalities of a region, in code order. */
  public ImmutableList<Municipality> inRegion(Region region) {
    return byRegion.get(region);
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
        List<String> f = TAB.splitToList(line);
        provinces.put(f.get(0), new Province(f.get(0), f.get(1), f.get(2), region(f.get(3), f.get(1)),
            f.get(3), f.get(4)));
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
