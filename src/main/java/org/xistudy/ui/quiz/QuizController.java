package org.xistudy.ui.quiz;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ListView;
import org.xistudy.content.model.Cited;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.Target;
import org.xistudy.ui.common.ItemCells;

/** A plain list of the pack's cards, until the full view replaces it. */
public final class QuizController implements StudyView {
    private final AppContext context;

    @FXML private ListView<Cited> items;

    public QuizController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        items.itemsProperty().bind(Bindings.createObjectBinding(() -> {
            var index = context.packs().getIndex();
            return index == null ? FXCollections.<Cited>observableArrayList()
                    : FXCollections.<Cited>observableArrayList(index.pack().cards());
        }, context.packs().indexProperty()));
        items.setCellFactory(list -> ItemCells.citedCell(context));
    }

    @Override
    public void reveal(Target target) {
        String id = target instanceof Target.CardTarget t ? t.cardId() : null;
        items.getItems().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> {
            items.getSelectionModel().select(c);
            items.scrollTo(c);
        });
    }

    @Override
    public void activated() {
        items.requestFocus();
    }
}
