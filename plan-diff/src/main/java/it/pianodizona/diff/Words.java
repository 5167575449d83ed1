package it.pianodizona.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Confronto parola per parola: a reworded text as the runs of words kept, dropped and gained. */
final class Words {

  /**
   * A word with the spaces after it (or the spaces a text opens with): the segments then give
   * back both texts exactly, and a changed run reads as whole words.
   */
  private static final Pattern TOKEN = Pattern.compile("^\\s+|\\S+\\s*");

  private Words() {}

  /** Whether a text is worth comparing word by word: several words on either side. */
  static boolean isProse(String before, String after) {
    return hasSpace(before) || hasSpace(after);
  }

  static ImmutableList<TextSegment> diff(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    List<TextSegment> segments = new ArrayList<>();
    int i = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      int at = delta.getSource().getPosition();
      if (i < at) {
        add(segments, TextSegment.Kind.EQUAL, String.join("", a.subList(i, at)));
      }
      if (!delta.getSource().getLines().isEmpty()) {
        add(segments, TextSegment.Kind.DELETED, String.join("", delta.getSource().getLines()));
      }
      if (!delta.getTarget().getLines().isEmpty()) {
        add(segments, TextSegment.Kind.INSERTED, String.join("", delta.getTarget().getLines()));
      }
      i = at + delta.getSource().size();
    }
    if (i < a.size()) {
      add(segments, TextSegment.Kind.EQUAL, String.join("", a.subList(i, a.size())));
    }
    return ImmutableList.copyOf(segments);
  }

  /**
   * Appends a run, joining it to the run of the same kind it may follow, and keeping a
   * deletion before an insertion where two changes touch.
   */
  private static void add(List<TextSegment> segments, TextSegment.Kind kind, String text) {
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).kind() == kind) {
      segments.set(last, new TextSegment(kind, segments.get(last).text() + text));
    } else if (kind == TextSegment.Kind.DELETED && last >= 1 && segments.get(last).kind() == TextSegment.Kind.INSERTED
        && segments.get(last - 1).kind() == TextSegment.Kind.DELETED) {
      segments.set(last - 1, new TextSegment(kind, segments.get(last - 1).text() + text));
    } else {
      segments.add(new TextSegment(kind, text));
    }
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  private static boolean hasSpace(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (Character.isWhitespace(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
