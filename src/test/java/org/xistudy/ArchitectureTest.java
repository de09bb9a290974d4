package org.xistudy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.ui.ViewId;

/**
 * Keeps the layers of the house apart, read from the compiled classes:
 * {@code content} &larr; {@code study} &larr; {@code ui}; {@code platform} beside them, free of
 * JavaFX; {@code cli} used by nobody but {@code Launcher}; no cycles between the UI's packages;
 * shared UI pieces ({@code ui.common}, {@code ui.answer}, {@code ui.evidence}) never reach into a view.
 */
class ArchitectureTest {
    private static final String ROOT = "org.xistudy";
    private static final Path MAIN = Path.of(System.getProperty("xistudy.projectDir", "."), "src/main/java/org/xistudy");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void theModelDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage(ROOT + ".content..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".study..", ROOT + ".ui..", ROOT + ".cli..",
                        ROOT + ".platform..", "javafx..")
                .check(classes);
    }

    @Test
    void studyLogicUsesOnlyTheModel() {
        noClasses().that().resideInAPackage(ROOT + ".study..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".cli..", "javafx..")
                .check(classes);
    }

    @Test
    void platformFactsKnowNoUiAndNoCommandLine() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".cli..", "javafx..")
                .check(classes);
    }

    @Test
    void theCommandLineHasNoUiAndOnlyTheLauncherUsesIt() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", "javafx..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages(ROOT + ".cli..").and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheLauncher() {
        noClasses().that().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(Launcher.class.getName())
                .check(classes);
    }

    @Test
    void viewsDoNotParseJson() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..", ROOT + ".content.json..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenUiPackages() {
        slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedUiPiecesDoNotReachIntoViews() {
        noClasses().that().resideInAnyPackage(ROOT + ".ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui")
                .check(classes);
        for (String shared : List.of("common", "answer", "evidence", "services")) {
            noClasses().that().resideInAPackage(ROOT + ".ui." + shared + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(viewPackages())
                    .allowEmptyShould(true) // a shared package may not exist yet
                    .check(classes);
        }
    }

    /** The packages of the views, from the view registry's FXML paths. */
    private static String[] viewPackages() {
        return Arrays.stream(ViewId.values())
                .map(v -> ROOT + ".ui." + v.fxml().substring(0, v.fxml().indexOf('/')) + "..")
                .distinct().toArray(String[]::new);
    }

    @Test
    void theRulesCatchAViolation() {
        // The UI does use JavaFX; the rule that forbids it to the model must fail when applied to it.
        ArchRule uiWithoutFx = noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..");
        assertThrows(AssertionError.class, () -> uiWithoutFx.check(classes));
    }

    // Source-level check: comments aside, no fully qualified JavaFX names sneak into pure packages
    // through strings such as reflection (the class rules above see every compiled dependency).
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.[a-z]");

    @Test
    void pureSourcesDoNotNameJavaFx() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String layer : List.of("content", "study", "cli", "platform")) {
            offenders.addAll(scan(MAIN.resolve(layer), JAVAFX));
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theSourceScanFindsAViolation(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Bad.java"), "package x;\nimport javafx.scene.Node;\n");
        assertFalse(scan(dir, JAVAFX).isEmpty());
    }

    private static List<String> scan(Path root, Pattern forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = forbidden.matcher(line);
                    if (m.find()) {
                        out.add(root.relativize(f) + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        return out;
    }
}
