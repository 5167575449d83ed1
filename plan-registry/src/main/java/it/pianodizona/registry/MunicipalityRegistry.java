package it.pianodizona.registry;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
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
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Registro dei comuni: every Italian municipality with its ISTAT code, official name, province,
 * region and census population, read from the data shipped in this jar (Fonte: ISTAT, see
 * {@code META-INF/NOTICE}).
 *
 * <p>Immutable and thread-safe. {@link #italy()} loads the data once, on first use, and shares
 * it; lookups by code, province and region are hash lookups.
 *
 * <p>The load is in two steps, because most users look up a handful of codes: the first use
 * reads the file's bytes and indexes its lines by code (a few milliseconds on a fresh JVM), and a
 * municipality's line is decoded at its first lookup, once; the indexes by name, province and
 * region, which need every name, are built by the first call that needs them.
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

  /** The municipalities file as it is in the jar (UTF-8): lines are decoded when looked up. */
  private final byte[] data;
  /** Where the first municipality's line starts, after the comments and the header. */
  private final int firstLine;
  /**
   * The index by code: open addressing on the code as a number, {@code codes[slot]} (0 for an
   * empty slot, no code being 000000) with its line's start in {@code lines[slot]}. At most half
   * full, so that a lookup probes one or two slots.
   */
  private final int[] codes;
  private final int[] lines;
  /** Each municipality decoded so far, by slot: decoded once, so that every lookup returns the same object. */
  private final AtomicReferenceArray<Municipality> decoded;
  /** Provinces by their code as a number (the first three digits of their municipalities' codes). */
  private final Province[] provinceByNumber;
  private final ImmutableMap<String, Province> provinces;
  private final String listSource;
  private final LocalDate populationDate;
  private final String populationSource;
  private final Supplier<Indexes> indexes = Suppliers.memoize(this::index);

  private MunicipalityRegistry(byte[] data, Map<String, Province> provinces) {
    this.data = data;
    this.provinces = ImmutableMap.copyOf(provinces);
    this.provinceByNumber = new Province[1000];
    for (Province province : provinces.values()) {
      provinceByNumber[Integer.parseInt(province.code())] = province;
    }
    Map<String, String> meta = new HashMap<>();
    int i = 0;
    boolean header = false;
    while (i < data.length && !header) {
      int end = contentEnd(i, lineEnd(i));
      if (data[i] == '#') {
        if (end - i > 3 && data[i + 1] == '!' && data[i + 2] == ' ') {
          String line = text(i + 3, end);
          int eq = line.indexOf('=');
          meta.put(line.substring(0, eq), line.substring(eq + 1));
        }
      } else {
        header = end > i; // the first line that is neither a comment nor blank
      }
      i = lineEnd(i) + 1;
    }
    this.firstLine = i;
    this.listSource = required(meta, "listSource");
    this.populationDate = isoDate(required(meta, "populationDate"));
    this.populationSource = required(meta, "populationSource");
    // Lines are at least ten bytes ("PPPMMM\tX\t\n"), so this keeps the table under half full.
    int capacity = Integer.highestOneBit(Math.max(16, data.length / 8)) * 2;
    this.codes = new int[capacity];
    this.lines = new int[capacity];
    this.decoded = new AtomicReferenceArray<>(capacity);
    for (; i < data.length; i = lineEnd(i) + 1) {
      if (isComment(i)) {
        continue;
      }
      int code = codeAt(i);
      if (code <= 0 || data[i + 6] != '\t') {
        throw new IllegalStateException("the municipality registry has a malformed line at byte " + i);
      }
      if (provinceByNumber[code / 1000] == null) {
        throw new IllegalStateException("the registry names no province " + text(i, i + 3)
            + " for municipality " + text(i, i + 6));
      }
      int slot = slot(code);
      if (codes[slot] == code) {
        throw new IllegalStateException("the ISTAT code " + text(i, i + 6) + " is listed twice");
      }
      codes[slot] = code;
      lines[slot] = i;
    }
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
    try (InputStream in = resource(MUNICIPALITIES)) {
      return new MunicipalityRegistry(in.readAllBytes(), provinces);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the municipality registry", e);
    }
  }

  /** The indexes that need every municipality: by name, province and region. */
  private static final class Indexes {
    private final ImmutableList<Municipality> all;
    // Plain JDK maps, written only here and never exposed: Guava's immutable builders cost the
    // first load a third more, most of it before the JIT has compiled anything.
    private final Map<String, ImmutableList<Municipality>> byName;
    private final Map<String, ImmutableList<Municipality>> byProvince;
    private final Map<Region, ImmutableList<Municipality>> byRegion;

    Indexes(List<Municipality> all) {
      this.all = ImmutableList.copyOf(all);
      Map<String, ImmutableList<Municipality>> names = new HashMap<>(all.size() * 2);
      Map<String, List<Municipality>> inProvince = new HashMap<>();
      Map<Region, List<Municipality>> inRegion = new EnumMap<>(Region.class);
      for (Municipality m : all) {
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
      this.byName = names;
      this.byProvince = immutableValues(inProvince, new HashMap<>());
      this.byRegion = immutableValues(inRegion, new EnumMap<>(Region.class));
    }
  }

  private Indexes index() {
    List<Municipality> all = new ArrayList<>(8_000);
    for (int i = firstLine; i < data.length; i = lineEnd(i) + 1) {
      if (!isComment(i)) {
        all.add(municipality(slotOf(codeAt(i))));
      }
    }
    return new Indexes(all);
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

  /** The end of the line starting at {@code start}: its newline, or the end of the data. */
  private int lineEnd(int start) {
    int i = start;
    while (i < data.length && data[i] != '\n') {
      i++;
    }
    return i;
  }

  /** The end of a line's content: before its carriage return, if it has one. */
  private int contentEnd(int start, int end) {
    return end > start && data[end - 1] == '\r' ? end - 1 : end;
  }

  private boolean isComment(int start) {
    return data[start] == '#' || data[start] == '\n' || data[start] == '\r';
  }

  /** The six digits at {@code start} as a number, or -1. */
  private int codeAt(int start) {
    if (start + 6 >= data.length) {
      return -1;
    }
    int code = 0;
    for (int i = start; i < start + 6; i++) {
      int digit = data[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      code = code * 10 + digit;
    }
    return code;
  }

  /** A six-digit code as a number, or -1 for anything else. */
  private static int codeNumber(String istatCode) {
    if (istatCode.length() != 6) {
      return -1;
    }
    int code = 0;
    for (int i = 0; i < 6; i++) {
      int digit = istatCode.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      code = code * 10 + digit;
    }
    return code;
  }

  /** The slot where a code is or would go. */
  private int slot(int code) {
    int mask = codes.length - 1;
    int hash = code * 0x9E3779B1; // codes come in runs: spread them over the table
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (codes[slot] != 0 && codes[slot] != code) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The slot of a listed code, or -1. */
  private int slotOf(int code) {
    if (code <= 0) {
      return -1;
    }
    int slot = slot(code);
    return codes[slot] == code ? slot : -1;
  }

  /** The municipality of a slot, decoding its line on first use. */
  private Municipality municipality(int slot) {
    Municipality known = decoded.get(slot);
    if (known != null) {
      return known;
    }
    int start = lines[slot];
    int end = contentEnd(start, lineEnd(start));
    int nameEnd = start + 7;
    while (nameEnd < end && data[nameEnd] != '\t') {
      nameEnd++;
    }
    if (nameEnd == end) {
      throw new IllegalStateException("the municipality " + text(start, start + 6) + " has no population column");
    }
    Optional<Population> population = Optional.empty();
    if (nameEnd + 1 < end) {
      population = Optional.of(new Population(Integer.parseInt(text(nameEnd + 1, end)), populationDate,
          populationSource));
    }
    Municipality m = new Municipality(text(start, start + 6), text(start + 7, nameEnd),
        provinceByNumber[codes[slot] / 1000], population);
    // Two threads may decode the same line at once: the first one's object is everyone's.
    decoded.compareAndSet(slot, null, m);
    return decoded.get(slot);
  }

  private String text(int from, int to) {
    return new String(data, from, to - from, StandardCharsets.UTF_8);
  }

  /** The municipality with this six-digit ISTAT code. */
  public Optional<Municipality> byCode(String istatCode) {
    int slot = slotOf(codeNumber(istatCode));
    return slot < 0 ? Optional.empty() : Optional.of(municipality(slot));
  }

  /**
   * The municipalities whose name, in {@linkplain MunicipalityNames#normalise normal form},
   * is this one's; several where names repeat across provinces (Castro, Samone, …).
   */
  public ImmutableList<Municipality> byName(String name) {
    return indexes.get().byName.getOrDefault(MunicipalityNames.normalise(name), ImmutableList.of());
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
    Map<String, ImmutableList<Municipality>> byProvince = indexes.get().byProvince;
    return province(codeOrAbbreviation).map(p -> byProvince.get(p.code())).orElse(ImmutableList.of());
  }

  /** The municipalities of a region, in code order. */
  public ImmutableList<Municipality> inRegion(Region region) {
    return indexes.get().byRegion.getOrDefault(region, ImmutableList.of());
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
      int slot = slotOf(codeNumber(code));
      if (slot < 0 || municipality(slot).population().isEmpty()) {
        return Optional.empty();
      }
      last = municipality(slot).population().get();
      sum += last.inhabitants();
    }
    return Optional.of(new Population(sum, last.referenceDate(),
        "derivata: somma di " + istatCodes.size() + " comuni del registro (" + last.source() + ")"));
  }

  /** Every municipality, in code order. */
  public ImmutableList<Municipality> all() {
    return indexes.get().all;
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
    return new BufferedReader(new InputStreamReader(resource(resource), StandardCharsets.UTF_8), 1 << 16);
  }

  private static InputStream resource(String resource) {
    InputStream in = MunicipalityRegistry.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the resource " + resource + " is missing from plan-registry");
    }
    return in;
  }

  /** Loads the shared registry on first use: the JVM runs a class's initialiser once, safely. */
  private static final class Holder {
    static final MunicipalityRegistry ITALY = load();
  }
}
