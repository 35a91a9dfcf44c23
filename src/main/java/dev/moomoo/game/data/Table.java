package dev.moomoo.game.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated game table: {@code #} comment lines, one header line naming the columns, then one
 * row per line. Every row must have every column; {@code -} stands for "none" where a column allows it.
 * Every error names the file, the line and the column.
 */
final class Table {
    private final String file;
    private final List<Row> rows;

    private Table(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    /** Reads {@code file} from this package's resources. */
    static Table resource(String file) {
        try (InputStream in = Table.class.getResourceAsStream("/dev/moomoo/game/" + file)) {
            if (in == null) {
                throw new GameDataException(file + ": not found on the class path");
            }
            return read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table from text (tests give broken tables this way). */
    static Table read(String file, String text) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = null;
        try (BufferedReader in = new BufferedReader(new StringReader(text))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        if (columns.put(cells[i].strip(), i) != null) {
                            throw new GameDataException(file + " line " + number + ": column '" + cells[i] + "' named twice");
                        }
                    }
                    continue;
                }
                if (cells.length != columns.size()) {
                    throw new GameDataException(file + " line " + number + ": " + cells.length + " cells, the header has " + columns.size());
                }
                rows.add(new Row(file, number, columns, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (columns == null) {
            throw new GameDataException(file + ": no header line");
        }
        return new Table(file, List.copyOf(rows));
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    /** One line of a table, read cell by cell with the column's name. */
    static final class Row {
        private final String file;
        private final int line;
        private final Map<String, Integer> columns;
        private final String[] cells;

        private Row(String file, int line, Map<String, Integer> columns, String[] cells) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.cells = Arrays.stream(cells).map(String::strip).toArray(String[]::new);
        }

        int line() {
            return line;
        }

        boolean hasColumn(String column) {
            return columns.containsKey(column);
        }

        String text(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new GameDataException(file + ": no column '" + column + "'");
            }
            String s = cells[i];
            if (s.isEmpty()) {
                throw error(column, "empty");
            }
            return s;
        }

        boolean isNone(String column) {
            return text(column).equals("-");
        }

        int integer(String column) {
            String s = text(column);
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw error(column, "'" + s + "' is not a whole number");
            }
        }

        /** A whole number, or {@code none} for {@code -}. */
        int integerOr(String column, int none) {
            return isNone(column) ? none : integer(column);
        }

        double number(String column) {
            String s = text(column);
            try {
                double d = Double.parseDouble(s);
                if (!Double.isFinite(d)) {
                    throw error(column, "'" + s + "' is not a finite number");
                }
                return d;
            } catch (NumberFormatException e) {
                throw error(column, "'" + s + "' is not a number");
            }
        }

        double numberOr(String column, double none) {
            return isNone(column) ? none : number(column);
        }

        GameDataException error(String column, String problem) {
            return new GameDataException(file + " line " + line + ", column " + column + ": " + problem);
        }

        GameDataException error(String problem) {
            return new GameDataException(file + " line " + line + ": " + problem);
        }
    }
}
