package dev.warroom.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a SQL text into the tokens {@link SqlQuery} reads: words, numbers, quoted strings and symbols. */
final class SqlTokens {

    enum Type { WORD, NUMBER, STRING, SYMBOL, END }

    record Token(Type type, String text) {
        boolean is(String word) {
            return (type == Type.WORD || type == Type.SYMBOL) && text.equals(word);
        }
    }

    private static final List<String> TWO_CHAR_SYMBOLS = List.of("<>", "!=", "<=", ">=", "::");

    private final List<Token> tokens;
    private int next;

    private SqlTokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @throws SqlQuery.Unanswerable if the text has an unterminated string or a character SQL does not use */
    static SqlTokens of(String sql) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (c == '\'') {
                i = string(sql, i, out);
            } else if (c == '"') {
                int end = sql.indexOf('"', i + 1);
                if (end < 0) {
                    throw new SqlQuery.Unanswerable("unterminated quoted name");
                }
                out.add(new Token(Type.WORD, sql.substring(i + 1, end).toLowerCase(Locale.ROOT)));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Type.NUMBER, sql.substring(start, i)));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                    i++;
                }
                out.add(new Token(Type.WORD, sql.substring(start, i).toLowerCase(Locale.ROOT)));
            } else {
                String two = i + 1 < sql.length() ? sql.substring(i, i + 2) : "";
                String symbol = TWO_CHAR_SYMBOLS.contains(two) ? two : String.valueOf(c);
                if (!symbol.equals(two) && "(),*+-/=<>;.".indexOf(c) < 0) {
                    throw new SqlQuery.Unanswerable("unexpected character '" + c + "'");
                }
                out.add(new Token(Type.SYMBOL, symbol));
                i += symbol.length();
            }
        }
        out.add(new Token(Type.END, ""));
        return new SqlTokens(out);
    }

    private static int string(String sql, int open, List<Token> out) {
        StringBuilder text = new StringBuilder();
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                text.append('\'');
                i += 2;
            } else if (c == '\'') {
                out.add(new Token(Type.STRING, text.toString()));
                return i + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        throw new SqlQuery.Unanswerable("unterminated string");
    }

    Token peek() {
        return tokens.get(next);
    }

    Token take() {
        Token token = tokens.get(next);
        if (token.type() != Type.END) {
            next++;
        }
        return token;
    }

    /** Takes the token if it is {@code word}; says whether it did. */
    boolean accept(String word) {
        if (peek().is(word)) {
            next++;
            return true;
        }
        return false;
    }

    void expect(String word) {
        if (!accept(word)) {
            throw new SqlQuery.Unanswerable("expected '" + word + "' but found '" + peek().text() + "'");
        }
    }

    boolean atEnd() {
        return peek().type() == Type.END;
    }
}
