package org.xistudy.ui.common;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Cited;

/** List cells that show a pack item as a kind badge over its title. */
public final class ItemCells {
    private ItemCells() {
    }

    /** A cell for any cited item: "EVENT  Xi becomes general secretary". */
    public static ListCell<Cited> citedCell(Supplier<PackIndex> pack, UiText text, UnaryOperator<String> labels) {
        return new ListCell<>() {
            private final Label kind = new Label();
            private final Label title = new Label();
            // the kind above the title, so that the title has the cell's whole width and wraps
            // between words (beside the badge, a long word such as "Counter-espionage" was broken)
            private final VBox box = new VBox(3, kind, title);

            {
                kind.getStyleClass().add("kind-badge");
                title.getStyleClass().add("item-title");
                title.setWrapText(true);
                kind.setMinWidth(Region.USE_PREF_SIZE);
                box.getStyleClass().add("item-cell");
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Cited item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                PackIndex index = pack.get();
                String k = index == null ? "" : index.kindOf(item.id()).map(x -> x.name().toLowerCase(Locale.ROOT))
                        .orElse("");
                kind.setText(k.isEmpty() ? "" : text.get("kind." + k));
                kind.getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals("kind-badge"));
                kind.getStyleClass().add("kind-" + k);
                title.setText(labels.apply(item.id()));
                setGraphic(box);
                setAccessibleText(kind.getText() + ": " + title.getText());
            }
        };
    }
}
