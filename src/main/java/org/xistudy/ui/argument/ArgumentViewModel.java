package org.xistudy.ui.argument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;
import org.xistudy.content.model.NoteKind;
import org.xistudy.study.argument.ClaimStrength;
import org.xistudy.study.evidence.Evidence;
import org.xistudy.ui.common.UiText;

/**
 * The argument view's state: the open pack's claims, the selected claim, and what the view says
 * of it (its kind, where it stands in the argument, how much backs it, its evidence and cards).
 * A new pack selects its thesis; a new version of the same pack keeps the selection if it is there.
 */
public final class ArgumentViewModel {
    private final UiText text;
    private final ObjectProperty<PackIndex> index = new SimpleObjectProperty<>(this, "index");
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectBinding<List<Claim>> claims = Bindings.createObjectBinding(
            () -> index.get() == null ? List.of() : index.get().claims(), index);
    private final ObjectBinding<Claim> selected = Bindings.createObjectBinding(
            () -> index.get() == null || selectedId.get() == null ? null : index.get().claim(selectedId.get()).orElse(null),
            index, selectedId);
    private final ObjectBinding<ClaimStrength> strength = Bindings.createObjectBinding(
            () -> selected.get() == null ? null : ClaimStrength.of(selected.get(), index.get()), selected);
    private final ObjectBinding<Map<String, String>> captions = Bindings.createObjectBinding(this::captionsNow,
            claims);
    private final ObjectBinding<Evidence> evidence = Bindings.createObjectBinding(
            () -> selected.get() == null ? Evidence.NONE : Evidence.ofClaim(selected.get(), index.get()), selected);
    private final StringBinding kindLine = Bindings.createStringBinding(this::kindLineNow, selected);
    private final StringBinding strengthLine = Bindings.createStringBinding(this::strengthLineNow, strength);
    private final StringBinding studyLabel = Bindings.createStringBinding(this::studyLabelNow, strength);

    public ArgumentViewModel(UiText text) {
        this.text = text;
        index.addListener((obs, old, now) -> {
            boolean reload = old != null && now != null && old.pack().id().equals(now.pack().id());
            if (now == null || !reload || now.claim(selectedId.get()).isEmpty()) {
                selectedId.set(now == null ? null : now.thesis().map(Claim::id).orElse(null));
            }
        });
    }

    public ObjectProperty<PackIndex> indexProperty() {
        return index;
    }

    /** The selected claim's id; the map and links set it. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public ObjectBinding<List<Claim>> claimsProperty() {
        return claims;
    }

    public ObjectBinding<Claim> selectedProperty() {
        return selected;
    }

    public ObjectBinding<ClaimStrength> strengthProperty() {
        return strength;
    }

    /** A line for each claim's box: what backs it, and how many notes question it. */
    public ObjectBinding<Map<String, String>> captionsProperty() {
        return captions;
    }

    public ObjectBinding<Evidence> evidenceProperty() {
        return evidence;
    }

    /** "Implication · supports: Free to steer, prone to err". */
    public StringBinding kindLineProperty() {
        return kindLine;
    }

    /** What backs the selected claim, counted, and the notes that question it by kind. */
    public StringBinding strengthLineProperty() {
        return strengthLine;
    }

    /** "Study these 6 cards", or that no card studies the claim. */
    public StringBinding studyLabelProperty() {
        return studyLabel;
    }

    /** The cards tagged with the selected claim. */
    public List<String> cardsOfSelected() {
        Claim c = selected.get();
        return c == null ? List.of() : index.get().cardsOfClaim(c.id()).stream().map(Card::id).toList();
    }

    /** Whether the pack has an argument to show at all. */
    public boolean hasClaims() {
        return !claims.get().isEmpty();
    }

    public String kindName(ClaimKind kind) {
        return text.get("argument.kind." + kind.jsonName());
    }

    private Map<String, String> captionsNow() {
        Map<String, String> out = new LinkedHashMap<>();
        PackIndex idx = index.get();
        for (Claim c : claims.get()) {
            ClaimStrength s = ClaimStrength.of(c, idx);
            out.put(c.id(), text.format("argument.caption", s.support(), s.criticalCount()));
        }
        return out;
    }

    private String studyLabelNow() {
        ClaimStrength s = strength.get();
        return s == null || s.cards() == 0 ? text.get("argument.study.none") : text.format("argument.study", s.cards());
    }

    private String kindLineNow() {
        Claim c = selected.get();
        if (c == null) {
            return "";
        }
        Claim parent = c.parent() == null ? null : index.get().claim(c.parent()).orElse(null);
        return parent == null ? kindName(c.kind())
                : text.format("argument.supports", kindName(c.kind()), parent.title());
    }

    private String strengthLineNow() {
        ClaimStrength s = strength.get();
        if (s == null) {
            return "";
        }
        String support = text.format("argument.strength.support", s.support(), s.supportQuotingEssay(),
                s.supportOutsideOnly());
        String notes = s.criticalCount() == 0 ? text.get("argument.strength.noCritique")
                : text.format("argument.strength.critique", s.criticalCount(), s.critical().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> text.format("argument.strength.kind", e.getValue(), noteKind(e.getKey())))
                        .collect(Collectors.joining(text.get("argument.list.separator"))));
        String gap = text.get("argument.sentence.separator");
        String other = s.other() == 0 ? "" : gap + text.format("argument.strength.other", s.other());
        return support + gap + notes + other;
    }

    private String noteKind(NoteKind k) {
        String key = "evidence.noteKind." + k.jsonName();
        return text.has(key) ? text.get(key).toLowerCase(Locale.ROOT) : k.jsonName();
    }
}
