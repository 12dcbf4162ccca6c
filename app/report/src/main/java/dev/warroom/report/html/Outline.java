package dev.warroom.report.html;

import java.util.List;

/** A heading of the page, with the anchor it links to and the headings under it: the contents, the PDF's bookmarks. */
public record Outline(String anchor, String title, List<Outline> children) {

    public Outline {
        children = List.copyOf(children);
    }
}
