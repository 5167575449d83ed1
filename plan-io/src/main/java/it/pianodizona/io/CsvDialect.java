package it.pianodizona.io;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Varianti CSV: the two forms of CSV the toolkit writes. {@link #RFC_4180} (comma, decimal
 * point, no byte-order mark) for programs; {@link #EXCEL} (semicolon, decimal comma, a UTF-8
 * byte-order mark) for a spreadsheet set to Italian, which splits only on semicolons, reads
 * {@code 15000,00} as a number and needs the mark to read accented letters as UTF-8. Both quote
 * what RFC 4180 requires, end lines with CRLF and neutralise text cells a spreadsheet would run
 * as a formula.
 */
public enum CsvDialect {
  /** Comma-separated, decimal point: RFC 4180. */
  RFC_4180(',', '.', false),
  /** Semicolon-separated, decimal comma, UTF-8 byte-order mark: Excel in Italian. */
  EXCEL(';', ',', true);

  private static final CsvMapper CSV = CsvMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // Quote only what RFC 4180 requires: separators, quotes and line breaks.
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private final char separator;
  private final char decimalSeparator;
  private final boolean byteOrderMark;

  CsvDialect(char separator, char decimalSeparator, boolean byteOrderMark) {
    this.separator = separator;
    this.decimalSeparator = decimalSeparator;
    this.byteOrderMark = byteOrderMark;
  }

  /** A number cell: plain digits, this dialect's decimal separator, never an exponent. */
  public String number(BigDecimal value) {
    String plain = value.toPlainString();
    return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
  }

  /**
   * A text cell, with an apostrophe before a leading {@code = + - @}, tab or carriage return,
   * so that a spreadsheet shows the text rather than running it as a formula.
   */
  public static String text(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  /**
   * Writes a header and rows (cells already formed by {@link #text} and {@link #number}); the
   * writer is flushed, not closed.
   */
  public void write(List<String> header, Iterable<? extends List<String>> rows, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n")
        .setColumnSeparator(separator);
    header.forEach(schema::addColumn);
    if (byteOrderMark) {
      out.write('\uFEFF');
    }
    try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(out)) {
      for (List<String> row : rows) {
        writer.write(row);
      }
    }
    out.flush();
  }
}
