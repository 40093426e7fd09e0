package org.veil.web;

/** HTML text: escaping and the page frame shared by every page. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A whole page; {@code csrf} goes into a meta tag for the page's scripts (null when signed out). */
    static String page(String title, String user, String csrf, String body) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append(" - Veil review</title>");
        if (csrf != null) {
            b.append("<meta name=\"csrf\" content=\"").append(esc(csrf)).append("\">");
        }
        b.append("<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:2px 6px}canvas{outline:1px solid #888;background:#000}"
                + "nav a{margin-right:1em}</style></head><body>");
        if (user != null) {
            b.append("<nav><a href=\"/\">Overview</a><a href=\"/studies\">Studies</a><a href=\"/quarantine\">"
                    + "Quarantine</a><span>signed in as ").append(esc(user)).append("</span>"
                    + "<form method=\"post\" action=\"/signout\" style=\"display:inline\">").append(csrfField(csrf))
                    .append("<button>Sign out</button></form></nav>");
        }
        return b.append("<h1>").append(esc(title)).append("</h1>").append(body).append("</body></html>").toString();
    }

    static String csrfField(String csrf) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(csrf) + "\">";
    }
}
