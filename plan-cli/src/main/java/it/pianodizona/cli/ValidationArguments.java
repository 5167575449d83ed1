package it.pianodizona.cli;

import it.pianodizona.rules.profile.RegionalProfile;
import it.pianodizona.rules.profile.RegionalProfiles;
import it.pianodizona.rules.ValidationOptions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Opzioni di validazione: the date and regional profile a plan is judged by. */
final class ValidationArguments {

  /** Regional profile choice on the command line. */
  enum ProfileChoice {
    auto, national, lombardia, puglia, emilia_romagna;

    static ProfileChoice parse(String text) {
      return valueOf(text.replace('-', '_'));
    }
  }

  @Option(names = "--as-of", paramLabel = "DATA", converter = AsOfConverter.class)
  LocalDate asOf;

  @Option(names = "--profile", defaultValue = "auto", converter = ProfileConverter.class)
  ProfileChoice profile;

  ValidationOptions options(Texts texts) {
    var options = ValidationOptions.builder().locale(texts.language().locale());
    if (asOf != null) {
      options.asOf(asOf);
    } else {
      options.clock(Clock.systemDefaultZone());
    }
    chosenProfile().ifPresent(options::profile);
    return options.build();
  }

  private Optional<RegionalProfile> chosenProfile() {
    switch (profile) {
      case national: return Optional.of(RegionalProfiles.national());
      case lombardia: return Optional.of(RegionalProfiles.lombardia());
      case puglia: return Optional.of(RegionalProfiles.puglia());
      case emilia_romagna: return Optional.of(RegionalProfiles.emiliaRomagna());
      case auto:
      default: return Optional.empty();
    }
  }

  /**
   * Accepts a date as ISO writes it ({@code 2016-06-30}) and as Italian text does
   * ({@code 30/06/2016}); an impossible one (30 February) is refused, not moved.
   */
  static final class AsOfConverter implements CommandLine.ITypeConverter<LocalDate> {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value, value.contains("/") ? ITALIAN : ISO);
      } catch (DateTimeParseException e) {
        // The key of the text that explains it: the user never sees the parser's words.
        throw new CommandLine.TypeConversionException("date");
      }
    }
  }

  /** Accepts "emilia-romagna" as well as the enum's own spelling. */
  static final class ProfileConverter implements CommandLine.ITypeConverter<ProfileChoice> {
    @Override
    public ProfileChoice convert(String value) {
      try {
        return ProfileChoice.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("profile");
      }
    }
  }
}
