package it.pianodizona.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Stile del documento di rapporto: the Immutables style of the report document model, the same
 * conventions as the plan model ({@code Table} is built by {@code Table.builder()} into an
 * {@code ImmutableTable}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    allParameters = false,
    jdkOnly = false,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {Override.class})
@interface ReportStyle {}
