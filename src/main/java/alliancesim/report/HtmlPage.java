package alliancesim.report;

import alliancesim.files.AtomicFiles;

import java.nio.file.Path;
import java.util.List;

/** A self-contained HTML page: inline style, charts embedded as data URIs, nothing fetched. */
final class HtmlPage {
    private final StringBuilder body = new StringBuilder();
    private final String title;

    HtmlPage(String title) {
        this.title = title;
    }

    HtmlPage heading(int level, String text) {
        body.append("<h").append(level).append('>').append(Html.escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    HtmlPage paragraph(String text) {
        body.append("<p>").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    HtmlPage raw(String html) {
        body.append(html);
        return this;
    }

    /** A table; cells are escaped. */
    HtmlPage table(List<String> header, List<List<String>> rows) {
        body.append("<table><thead><tr>");
        header.forEach(h -> body.append("<th>").append(Html.escape(h)).append("</th>"));
        body.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(c -> body.append("<td>").append(Html.escape(c)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    HtmlPage image(Path png, String alt) {
        body.append("<figure><img alt='").append(Html.escape(alt)).append("' src='data:image/png;base64,")
                .append(WhatIfReport.base64(png)).append("'></figure>\n");
        return this;
    }

    /** The page's body so far, to place inside another page. */
    String body() {
        return body.toString();
    }

    void write(Path file) {
        String html = "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>" + Html.escape(title)
                + "</title><style>body{font-family:sans-serif;max-width:1240px;margin:24px auto;padding:0 12px;color:#222}"
                + "table{border-collapse:collapse;margin:12px 0}td,th{padding:5px 10px;border-bottom:1px solid #ddd;"
                + "text-align:left;vertical-align:top}th{background:#f4f4f4}figure{margin:12px 0}"
                + "img{max-width:100%;border:1px solid #eee}.warn{color:#D55E00}</style></head><body>\n"
                + body + "</body></html>\n";
        AtomicFiles.writeString(file, html);
    }
}
