package org.xistudy.ui.quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid pack for UI tests: six events in distinct years (so ordering questions exist),
 * two choice cards and a true-or-false card, quoting the bundled essay.
 */
final class QuizTestPack {
    private QuizTestPack() {
    }

    static final String ID = "quiz-ui-test";

    static String json() {
        return """
            {"format": 1, "id": "quiz-ui-test", "title": "Quiz test pack", "language": "en",
             "source": {"title": "Implications of Xi’s Power Concentration for Chinese Foreign Policy",
                        "author": "Suisheng Zhao", "publisher": "United States Institute of Peace", "date": "2023-12",
                        "seed": "seeds/zhao-2023-xi-power-concentration.txt"},
             "lanes": [{"id": "lane", "title": "Events"}],
             "events": [
              {"id": "ev-chen", "date": "1958", "lane": "lane", "title": "Chen Yi becomes foreign minister",
               "summary": "Chen Yi at the Foreign Ministry.", "cite": [{"quote": "when Chen Yi served in that position from 1958 to 1972"}]},
              {"id": "ev-qian", "date": "1988", "lane": "lane", "title": "Qian Qichen becomes foreign minister",
               "summary": "Qian Qichen at the Foreign Ministry.", "cite": [{"quote": "vice-premier (Qian Qichen, 1988 to 1998)"}]},
              {"id": "ev-olympics", "date": "2008-08-08", "lane": "lane", "title": "Beijing hosts the Olympics",
               "summary": "The Summer Games.", "cards": ["card-olympics"],
               "cite": [{"quote": "Beijing’s successful hosting of the 2008 Summer Olympics"}]},
              {"id": "ev-gs", "date": "2012-11", "lane": "lane", "title": "Xi becomes general secretary",
               "summary": "The Party's top post.", "cite": [{"quote": "Three triggers enabled Xi’s success in consolidating power after becoming CCP general secretary in 2012."}]},
              {"id": "ev-cnsc", "date": "2013", "lane": "lane", "title": "The security commission is set up",
               "summary": "The CNSC.", "cards": ["card-cnsc"],
               "cite": [{"quote": "In 2013, Xi established the Central National Security Commission (CNSC) as a coordination and decision-making organization responsible for both domestic and external security."}]},
              {"id": "ev-cfac", "date": "2018-03", "lane": "lane", "title": "The leading group becomes a commission",
               "summary": "The CFAC.", "cite": [{"quote": "Xi upgraded the Central Foreign Affairs Leadership Small Group to the Central Foreign Affairs Commission in 2018"}]}
             ],
             "cards": [
              {"id": "card-olympics", "type": "choice", "tags": ["triggers"],
               "question": "Which event does Zhao tie to rising elite nationalism?",
               "options": ["The 2008 Olympics", "The 2001 WTO accession", "The 2010 Expo"], "answer": "The 2008 Olympics",
               "explanation": "The essay names the 2008 Games.",
               "cite": [{"quote": "Beijing’s successful hosting of the 2008 Summer Olympics"}]},
              {"id": "card-cnsc", "type": "choice", "tags": ["institutions"],
               "question": "When did Xi set up the CNSC?", "options": ["2012", "2013", "2018"], "answer": "2013",
               "cite": [{"quote": "In 2013, Xi established the Central National Security Commission (CNSC) as a coordination and decision-making organization responsible for both domestic and external security."}]},
              {"id": "card-tf", "type": "truefalse", "tags": ["institutions"],
               "statement": "Xi upgraded the foreign affairs leading group to a commission in 2018.", "answer": true,
               "cite": [{"quote": "Xi upgraded the Central Foreign Affairs Leadership Small Group to the Central Foreign Affairs Commission in 2018"}]}
             ]}
            """;
    }

    static Path write(Path dir) throws IOException {
        Path file = dir.resolve("quiz-test-pack.json");
        Files.writeString(file, json(), StandardCharsets.UTF_8);
        return file;
    }
}
