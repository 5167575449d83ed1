package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

import it.pianodizona.rules.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Confronto in testo: a plan diff for people, in Italian (the default) or English, one line per
 * change. Plan text is shown with control characters escaped, so that no plan can drive the
 * terminal, and long values are cut at {@value #MAX_VALUE} characters.
 *
 * <pre>
 * 3 modifiche
 * ~ Obiettivo 3 › Descrizione  /objectives/2/description
 *     … connesse all'ISEE, [-rivedere -]{+ridefinire e semplificare +}le modalità di accesso …
 * ~ Budget › Riga 1 › Importo  /budget/lines/0/amount: 15000.00 → 18000.00
 * + Accordo di programma › Aderenti  /agreement/adherents: [{"partyId":"forum-terzo-settore"}]
 * </pre>
 */
public final class DiffText {

  /** The longest value shown in full. */
  public static final int MAX_VALUE = 200;

  /** Words kept around a changed run of a text. */
  private static final int CONTEXT_WORDS = 4;

  private DiffText() {}

  /** The diff as text, in Italian unless the locale is English. */
  public static String write(PlanDiff diff, Optional<FindingsDiff> findings, Locale locale) {
    requireNonNull(diff);
    requireNonNull(findings);
    boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    StringBuilder out = new StringBuilder();
    int n = diff.changes().size();
    if (n == 0) {
      out.append(en ? "No differences.\n" : "Nessuna differenza.\n");
    } else {
      out.append(n).append(en ? (n == 1 ? " change" : " changes") : (n == 1 ? " modifica" : " modifiche")).append('\n');
    }
    for (Change change : diff.changes()) {
      change(out, change, locale, en);
    }
    if (!diff.budgetDeltas().isEmpty()) {
      out.append(en ? "Budget\n" : "Budget\n");
      for (BudgetDelta delta : diff.budgetDeltas()) {
        budget(out, delta, en);
      }
    }
    findings.ifPresent(f -> findings(out, f, en));
    return out.toString();
  }

  private static void change(StringBuilder out, Change change, Locale locale, boolean en) {
    String label = printable(change.label().in(locale));
    switch (change.kind()) {
      case ADDED -> out.append("+ ").append(label).append("  ").append(change.path())
          .append(": ").append(value(change.afterText()));
      case REMOVED -> out.append("- ").append(label).append("  ").append(change.path())
          .append(": ").append(value(change.beforeText()));
      case MOVED -> out.append("↷ ").append(label).append("  ").append(change.beforePath().get())
          .append(" → ").append(change.afterPath().get()).append(en ? " (moved)" : " (spostato)");
      case CHANGED -> {
        out.append("~ ").append(label).append("  ").append(change.path());
        if (change.words().isEmpty()) {
          out.append(": ").append(value(change.beforeText())).append(" → ").append(value(change.afterText()));
        }
      }
      default -> throw new IllegalStateException(change.kind().name());
    }
    change.pairedBy().ifPresent(by -> out.append(en ? " (paired by " + by.field() + ")" : " (abbinato per " + italian(by) + ")"));
    out.append('\n');
    if (!change.words().isEmpty()) {
      out.append("    ").append(words(change.words())).append('\n');
    }
  }

  private static String italian(Pairing by) {
    return switch (by) {
      case CODE -> "codice";
      case TITLE -> "titolo";
      case NAME -> "nome";
    };
  }

  /** The changed runs in wdiff's notation, with a few words of context around each. */
  private static String words(List<TextSegment> segments) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < segments.size(); k++) {
      TextSegment segment = segments.get(k);
      switch (segment.kind()) {
        case DELETED -> text.append("[-").append(printable(segment.text())).append("-]");
        case INSERTED -> text.append("{+").append(printable(segment.text())).append("+}");
        default -> text.append(printable(context(segment.text(), k > 0, k < segments.size() - 1)));
      }
    }
    return text.toString();
  }

  private static String context(String text, boolean hasBefore, boolean hasAfter) {
    String[] words = text.split("(?<=\\s)");
    if (words.length <= CONTEXT_WORDS * 2) {
      return text;
    }
    if (hasBefore && hasAfter) {
      return String.join("", java.util.Arrays.asList(words).subList(0, CONTEXT_WORDS)) + "… "
          + String.join("", java.util.Arrays.asList(words).subList(words.length - CONTEXT_WORDS, words.length));
    }
    if (hasAfter) {
      return "… " + String.join("", java.util.Arrays.asList(words).subList(words.length - CONTEXT_WORDS, words.length));
    }
    return String.join("", java.util.Arrays.asList(words).subList(0, CONTEXT_WORDS)) + "…";
  }

  private static void budget(StringBuilder out, BudgetDelta delta, boolean en) {
    out.append("  ").append(delta.year());
    if (delta.scope() == BudgetDelta.Scope.YEAR_TOTAL) {
      out.append(en ? " · year total" : " · totale dell'anno");
    } else {
      out.append(" · ").append(en ? "objective " : "obiettivo ")
          .append(printable(delta.objectiveId().orElse(en ? "none" : "nessuno")))
          .append(" · ").append(delta.fundingSource().map(f -> printable(BudgetDeltas.fundName(f)))
              .orElse(en ? "fund not stated" : "fonte non indicata"));
    }
    out.append(": ").append(figure(delta.before(), en)).append(" → ").append(figure(delta.after(), en));
    if (delta.change().isPresent()) {
      out.append(" (").append(signed(delta.change().get()));
      delta.percentChange().ifPresent(p -> out.append("; ").append(signed(p)).append('%'));
      out.append(')');
    } else {
      out.append(en ? " (change unknown)" : " (variazione non calcolabile)");
    }
    out.append('\n');
  }

  private static String figure(BudgetFigure figure, boolean en) {
    if (!figure.inPlan()) {
      return en ? "absent" : "assente";
    }
    return figure.amount().map(BigDecimal::toPlainString).orElse(en ? "blank (unknown)" : "non indicato");
  }

  private static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }

  private static void findings(StringBuilder out, FindingsDiff findings, boolean en) {
    out.append(en ? "Findings: " : "Rilievi: ")
        .append(findings.resolved().size()).append(en ? " resolved, " : " risolti, ")
        .append(findings.introduced().size()).append(en ? " introduced, " : " nuovi, ")
        .append(findings.unchanged().size()).append(en ? " unchanged\n" : " invariati\n");
    for (FindingChange change : findings.resolved()) {
      finding(out, en ? "resolved  " : "risolto   ", change, change.before().get());
    }
    for (FindingChange change : findings.introduced()) {
      finding(out, en ? "introduced" : "nuovo     ", change, change.after().get());
    }
  }

  private static void finding(StringBuilder out, String what, FindingChange change, Finding finding) {
    out.append("  ").append(what).append(' ').append(finding.severity()).append(' ').append(change.ruleId())
        .append(' ').append(printable(finding.path())).append(": ").append(printable(finding.message())).append('\n');
  }

  private static String value(Optional<String> value) {
    if (value.isEmpty()) {
      return "—";
    }
    String text = value.get();
    if (text.codePointCount(0, text.length()) > MAX_VALUE) {
      text = text.substring(0, text.offsetByCodePoints(0, MAX_VALUE)) + "…";
    }
    return printable(text);
  }

  /** Control characters (and the line and paragraph separators) as escapes: one change, one line. */
  static String printable(String text) {
    StringBuilder out = null;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
          || Character.getType(c) == Character.FORMAT && (c == '\u202e' || c == '\u202d' || c == '\u2066'
              || c == '\u2067' || c == '\u2068' || c == '\u2069');
      if (control && out == null) {
        out = new StringBuilder(text.substring(0, k));
      }
      if (out != null) {
        if (control) {
          out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
