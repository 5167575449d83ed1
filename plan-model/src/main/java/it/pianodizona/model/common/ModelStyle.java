package it.pianodizona.model.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Stile del modello: the one Immutables style shared by every value package of the plan model.
 *
 * <p>Abstract types carry the domain name ({@code Objective}); the generated implementation is
 * {@code ImmutableObjective}, reached through each type's static {@code builder()}. Attribute
 * names are also the JSON field names used by plan-io and the JSON Pointers used by plan-rules,
 * so renaming an attribute is a format change.
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
    // Keep generated code free of jsr305/errorprone annotations the module does not read.
    allowedClasspathAnnotations = {Override.class})
public @interface ModelStyle {}
