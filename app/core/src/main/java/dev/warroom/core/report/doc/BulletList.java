package dev.warroom.core.report.doc;

import java.util.List;

public record BulletList(List<Cell> items) implements Block {

    public BulletList {
        items = List.copyOf(items);
    }
}
