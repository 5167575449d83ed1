package it.pianodizona.io.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.io.internal.ReadContext.Expected;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Codifica di un oggetto del modello: a model type as a JSON object whose fields are its
 * attributes, in declaration order. Reading streams the fields straight into the type's
 * Immutables builder — no tree, no reflection — and turns the builder's own refusals into
 * located errors.
 *
 * @param <T> the model type
 * @param <B> its builder (or any mutable holder that builds it)
 */
public final class ObjectCodec<T, B> extends Codec<T> {

  private final Class<T> type;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final ImmutableList<Property<T, B, ?>> properties;
  private final Property<T, B, ?>[] order;
  private final Map<String, Property<T, B, ?>> byName;
  private final long requiredMask;

  private ObjectCodec(Definition<T, B> definition) {
    this.type = definition.type;
    this.description = definition.description;
    this.newBuilder = definition.newBuilder;
    this.build = definition.build;
    this.properties = ImmutableList.copyOf(definition.properties);
    checkArgument(properties.size() <= Long.SIZE, "%s has more than 64 attributes", type);
    @SuppressWarnings("unchecked")
    Property<T, B, ?>[] array = (Property<T, B, ?>[]) properties.toArray(new Property<?, ?, ?>[0]);
    this.order = array;
    Map<String, Property<T, B, ?>> names = new HashMap<>();
    long required = 0;
    for (int i = 0; i < properties.size(); i++) {
      Property<T, B, ?> property = properties.get(i);
      property.index = i;
      property.bit = 1L << i;
      checkArgument(names.put(property.name, property) == null, "%s maps '%s' twice", type, property.name);
      if (property.required) {
        required |= property.bit;
      }
    }
    this.byName = names;
    this.requiredMask = required;
  }

  /** Starts the mapping of a model type: its builder factory and its build method. */
  public static <T, B> Definition<T, B> of(Class<T> type, String description, Supplier<B> newBuilder,
      Function<B, T> build) {
    return new Definition<>(type, description, newBuilder, build);
  }

  public Class<T> type() {
    return type;
  }

  /** The name of the type's schema definition: its simple Java name. */
  public String name() {
    return type.getSimpleName();
  }

  /**
   * The codec table's one-line note on the type, for readers of the table. The published
   * schema's title and description of the type come from schema-texts.properties
   * ({@link SchemaTexts}), like those of its fields.
   */
  public String description() {
    return description;
  }

  /** Whether a document may name its schema in a {@code "$schema"} field (roots only). */
  public boolean acceptsSchemaReference() {
    return properties.stream().anyMatch(p -> p instanceof SchemaReference);
  }

  /**
   * The fields in the order they are written, for tests and tools that walk the mapping; the
   * {@code "$schema"} field, which is never written, is not among them.
   */
  public ImmutableList<Field> fields() {
    return properties.stream()
        .filter(p -> !(p instanceof SchemaReference))
        .map(p -> new Field(p.name, p.codec, p instanceof Many, p.required, p.synthetic))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A field of the JSON form.
   *
   * @param name the JSON field name, which is the attribute name
   * @param codec the codec of the value, or of each element when repeated
   * @param repeated whether the field is an array (a list or set attribute)
   * @param required whether a document must have it
   * @param synthetic whether it belongs to the format rather than the model, like {@code schemaVersion}
   */
  public record Field(String name, Codec<?> codec, boolean repeated, boolean required, boolean synthetic) {}

  @Override
  public T read(JsonParser p, ReadContext ctx) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw ctx.wrongType(p, Expected.OBJECT);
    }
    JsonLocation start = p.currentTokenLocation();
    JsonStreamContext self = p.getParsingContext();
    int errorsBefore = ctx.errorCount();
    B builder = newBuilder.get();
    long seen = 0;
    long misspelt = 0; // required fields an unknown, reported name was surely meant to be
    int next = 0; // the property expected next: canonical documents follow declaration order
    while (true) {
      Property<T, B, ?> property;
      if (next < order.length && p.nextFieldName(order[next].serializedName)) {
        property = order[next]; // matched on the raw bytes, without decoding the name
      } else if (p.currentToken() == JsonToken.FIELD_NAME || (next >= order.length && p.nextToken() == JsonToken.FIELD_NAME)) {
        String field = p.currentName();
        property = byName.get(field);
        if (property == null) {
          int errors = ctx.errorCount();
          ctx.unknownField(p, field, name(), this::suggestion);
          if (ctx.errorCount() > errors) {
            // A misspelt required field is one mistake: reported as unknown, not again as missing.
            String meant = suggestion(field);
            Property<T, B, ?> intended = meant == null ? null : byName.get(meant);
            if (intended != null) {
              misspelt |= intended.bit;
            }
          }
          p.nextToken();
          p.skipChildren();
          continue;
        }
      } else {
        break;
      }
      if ((seen & property.bit) != 0) {
        ctx.collect(ctx.error(p, ReadErrorKind.DUPLICATE_FIELD,
            ReadMessages.of("DUPLICATE_FIELD", "field", ReadContext.quote(property.name), "type", name())));
        p.nextToken();
        p.skipChildren();
        continue;
      }
      seen |= property.bit;
      next = property.index + 1;
      p.nextToken();
      try {
        property.read(p, builder, ctx);
      } catch (ReadContext.Reported e) {
        ReadContext.skipRest(p, self); // already collected where it was found
      } catch (PlanReadException e) {
        if (!ctx.recoverable(e)) {
          throw e;
        }
        ctx.collect(e);
        ReadContext.skipRest(p, self);
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      // nextFieldName() gives null only on END_OBJECT in valid JSON; anything else is a parser bug
      throw ctx.error(p, ReadErrorKind.MALFORMED_JSON, ReadMessages.of("MALFORMED_JSON.endOfObject"));
    }
    // On END_OBJECT the parser's context is the parent's, whose path names this object.
    // A field whose value was wrong was there all the same: it is not also reported missing.
    if (((seen | misspelt) & requiredMask) != requiredMask) {
      String missing = missing(seen | misspelt);
      ctx.collect(ctx.error(ctx.locate(start, ReadContext.pointer(p)), ReadErrorKind.MISSING_FIELD,
          ReadMessages.of("MISSING_FIELD", "type", name(), "field", missing), null));
    }
    if (ctx.errorCount() > errorsBefore) {
      // The model's own checks on a half-read object would only repeat the errors found.
      throw new ReadContext.Reported();
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      ctx.collect(ctx.error(ctx.locate(start, ReadContext.pointer(p)), ReadErrorKind.REJECTED_BY_MODEL,
          ReadMessages.of("REJECTED_BY_MODEL", "type", name(), "detail", e.getMessage()), e));
      throw new ReadContext.Reported();
    }
  }

  private String missing(long seen) {
    StringJoiner names = new StringJoiner(", ");
    for (Property<T, B, ?> property : properties) {
      if (property.required && (seen & property.bit) == 0) {
        names.add("\"" + property.name + "\"");
      }
    }
    return names.toString();
  }

  /** The closest field name, for a misspelt one: "dsecription" is surely "description". */
  private String suggestion(String unknown) {
    String best = null;
    int bestDistance = Math.max(2, unknown.length() / 4) + 1;
    for (Property<T, B, ?> property : properties) {
      int distance = EditDistance.between(unknown, property.name, bestDistance);
      if (distance < bestDistance) {
        best = property.name;
        bestDistance = distance;
      }
    }
    return best;
  }

  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject(value);
    for (Property<T, B, ?> property : properties) {
      property.write(value, g);
    }
    g.writeEndObject();
  }

  @Override
  ObjectNode schema(SchemaGenerator schema) {
    return schema.reference(this);
  }

  /** The schema definition of this type, for the {@code $defs} section. */
  ObjectNode definition(SchemaGenerator schema) {
    ObjectNode node = schema.node();
    // A definition without its texts has none: SchemaTextsTest names it, with the keys to add.
    schema.texts().definition(name()).ifPresent(text -> text.annotate(node));
    node.put("type", "object");
    ObjectNode fields = node.putObject("properties");
    ArrayNode required = schema.arrayNode();
    for (Property<T, B, ?> property : properties) {
      fields.set(property.name, property.annotated(schema, name()));
      if (property.required) {
        required.add(property.name);
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.put("additionalProperties", false);
    return node;
  }

  /** The fields of a type being defined, in the order they are written. */
  public static final class Definition<T, B> {
    private final Class<T> type;
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B, ?>> properties = new ArrayList<>();

    private Definition(Class<T> type, String description, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = type;
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A required attribute: always written, must be present. */
    public <V> Definition<T, B> required(String name, Function<T, V> get, BiConsumer<B, V> set, Codec<V> codec) {
      properties.add(new Single<>(name, true, false, get, set, codec));
      return this;
    }

    /** A {@code @Value.Default} attribute: always written, the default when absent. */
    public <V> Definition<T, B> defaulted(String name, Function<T, V> get, BiConsumer<B, V> set, Codec<V> codec) {
      properties.add(new Single<>(name, false, false, get, set, codec));
      return this;
    }

    /** An {@code Optional} attribute: written when present. */
    public <V> Definition<T, B> optional(String name, Function<T, Optional<V>> get, BiConsumer<B, V> set,
        Codec<V> codec) {
      properties.add(new Maybe<>(name, get, set, codec));
      return this;
    }

    /** A list attribute: written when not empty, read element by element into the builder. */
    public <V> Definition<T, B> list(String name, Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add,
        Codec<V> codec) {
      properties.add(new Many<>(name, get, add, codec, false));
      return this;
    }

    /** A set attribute: like a list, but a value may not appear twice. */
    public <V> Definition<T, B> set(String name, Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add,
        Codec<V> codec) {
      properties.add(new Many<>(name, get, add, codec, true));
      return this;
    }

    /**
     * The optional {@code "$schema"} field editors expect at the top of a document (for example
     * {@code "./zone-plan.schema.json"}): any string, read and then forgotten, never written. It
     * belongs to the format, not to the model, so a plan does not change by naming its schema.
     */
    public Definition<T, B> schemaReference() {
      properties.add(new SchemaReference<>());
      return this;
    }

    /**
     * A field of the format that is no attribute of the type, such as {@code schemaVersion}:
     * required, always written with {@code constant}, and checked by {@code check} on reading.
     */
    public Definition<T, B> constant(String name, String constant, Check check) {
      properties.add(new Constant<>(name, constant, check, ImmutableList.of()));
      return this;
    }

    /**
     * A constant field of which a reader also accepts earlier values, such as a
     * {@code schemaVersion} that reads "1.0" and writes "1.1": the schema lists them all.
     */
    public Definition<T, B> constant(String name, String constant, Check check, ImmutableList<String> accepted) {
      properties.add(new Constant<>(name, constant, check, accepted));
      return this;
    }

    public ObjectCodec<T, B> build() {
      checkState(!properties.isEmpty(), "%s has no fields", type);
      return new ObjectCodec<>(this);
    }
  }

  /** Checks the value of a constant field; throws a located error when it is not acceptable. */
  @FunctionalInterface
  public interface Check {
    void check(String value, JsonParser p, ReadContext ctx) throws IOException;
  }

  private abstract static class Property<T, B, V> {
    final String name;
    final SerializedString serializedName;
    final boolean required;
    final boolean synthetic;
    final Codec<V> codec;
    int index;
    long bit;

    Property(String name, boolean required, boolean synthetic, Codec<V> codec) {
      this.name = name;
      this.serializedName = new SerializedString(name);
      this.required = required;
      this.synthetic = synthetic;
      this.codec = codec;
    }

    abstract void read(JsonParser p, B builder, ReadContext ctx) throws IOException;

    abstract void write(T owner, JsonGenerator g) throws IOException;

    ObjectNode schema(SchemaGenerator schema) {
      return codec.schema(schema);
    }

    /**
     * The schema with this field's title, description and examples from schema-texts.properties
     * (keyed {@code owner.name}), when it has them.
     */
    final ObjectNode annotated(SchemaGenerator schema, String owner) {
      ObjectNode node = schema.node();
      schema.texts().field(owner, name).ifPresent(text -> text.annotate(node));
      node.setAll(schema(schema)); // a $ref keeps its siblings in draft 2020-12
      schema.texts().examples(owner, name).ifPresent(examples -> node.set("examples", examples));
      return node;
    }
  }

  /** The {@code "$schema"} field: checked to be a string, then forgotten. */
  private static final class SchemaReference<T, B> extends Property<T, B, String> {

    SchemaReference() {
      super("$schema", false, true, TextCodecs.STRING);
    }

    @Override
    void read(JsonParser p, B builder, ReadContext ctx) throws IOException {
      codec.read(p, ctx);
    }

    @Override
    void write(T owner, JsonGenerator g) {
      // never written: the canonical form names no file of the author's machine
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "string");
    }
  }

  private static final class Single<T, B, V> extends Property<T, B, V> {
    private final Function<T, V> get;
    private final BiConsumer<B, V> set;

    Single(String name, boolean required, boolean synthetic, Function<T, V> get, BiConsumer<B, V> set,
        Codec<V> codec) {
      super(name, required, synthetic, codec);
      this.get = get;
      this.set = set;
    }

    @Override
    void read(JsonParser p, B builder, ReadContext ctx) throws IOException {
      set.accept(builder, codec.read(p, ctx));
    }

    @Override
    void write(T owner, JsonGenerator g) throws IOException {
      g.writeFieldName(serializedName);
      codec.write(get.apply(owner), g);
    }
  }

  private static final class Maybe<T, B, V> extends Property<T, B, V> {
    private final Function<T, Optional<V>> get;
    private final BiConsumer<B, V> set;

    Maybe(String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, Codec<V> codec) {
      super(name, false, false, codec);
      this.get = get;
      this.set = set;
    }

    @Override
    void read(JsonParser p, B builder, ReadContext ctx) throws IOException {
      set.accept(builder, codec.read(p, ctx));
    }

    @Override
    void write(T owner, JsonGenerator g) throws IOException {
      Optional<V> value = get.apply(owner);
      if (value.isPresent()) {
        g.writeFieldName(serializedName);
        codec.write(value.get(), g);
      }
    }
  }

  private static final class Many<T, B, V> extends Property<T, B, V> {
    private final Function<T, ? extends Collection<V>> get;
    private final BiConsumer<B, V> add;
    private final boolean unique;

    Many(String name, Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add, Codec<V> codec,
        boolean unique) {
      super(name, false, false, codec);
      this.get = get;
      this.add = add;
      this.unique = unique;
    }

    @Override
    void read(JsonParser p, B builder, ReadContext ctx) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw ctx.wrongType(p, Expected.ARRAY);
      }
      JsonStreamContext array = p.getParsingContext();
      Set<V> seen = unique ? new HashSet<>() : null;
      for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
        if (token == null) {
          throw ctx.error(p, ReadErrorKind.MALFORMED_JSON, ReadMessages.of("MALFORMED_JSON.unclosedArray"));
        }
        V value;
        try {
          value = codec.read(p, ctx);
        } catch (ReadContext.Reported e) {
          ReadContext.skipRest(p, array);
          continue;
        } catch (PlanReadException e) {
          if (!ctx.recoverable(e)) {
            throw e;
          }
          ctx.collect(e);
          ReadContext.skipRest(p, array);
          continue;
        }
        if (seen != null && !seen.add(value)) {
          ctx.collect(ctx.invalidValue(p, null, "INVALID_VALUE.repeated",
              "value", ReadContext.quote(p.getText()), "field", ReadContext.quote(name)));
          continue;
        }
        add.accept(builder, value);
      }
      // Errors of elements are collected, not thrown: the object that holds the array sees them
      // in the context's count and is not built.
    }

    @Override
    void write(T owner, JsonGenerator g) throws IOException {
      Collection<V> values = get.apply(owner);
      if (!values.isEmpty()) {
        g.writeFieldName(serializedName);
        g.writeStartArray(values, values.size());
        for (V value : values) {
          codec.write(value, g);
        }
        g.writeEndArray();
      }
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      ObjectNode node = schema.node().put("type", "array");
      node.set("items", codec.schema(schema));
      if (unique) {
        node.put("uniqueItems", true);
      }
      return node;
    }
  }

  private static final class Constant<T, B> extends Property<T, B, String> {
    private final String constant;
    private final Check check;
    private final ImmutableList<String> accepted;

    Constant(String name, String constant, Check check, ImmutableList<String> accepted) {
      super(name, true, true, TextCodecs.STRING);
      this.constant = constant;
      this.check = check;
      this.accepted = accepted;
    }

    @Override
    void read(JsonParser p, B builder, ReadContext ctx) throws IOException {
      check.check(codec.read(p, ctx), p, ctx);
    }

    @Override
    void write(T owner, JsonGenerator g) throws IOException {
      g.writeFieldName(serializedName);
      g.writeString(constant);
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      if (accepted.isEmpty()) {
        return schema.node().put("const", constant);
      }
      ObjectNode node = schema.node();
      ArrayNode values = node.putArray("enum");
      accepted.forEach(values::add);
      return node;
    }
  }
}
