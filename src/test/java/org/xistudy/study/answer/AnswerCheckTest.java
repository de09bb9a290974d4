package org.xistudy.study.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one answer checker, case by case: what the README promises, and what must still fail. */
class AnswerCheckTest {

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed                              | expected                           | matches
            the Politburo                        | Politburo                          | true
            Politburo                            | The Politburo                      | true
            a Leading Small Group                | leading small group                | true
            an Office                            | office                             | true
            U.S.                                 | US                                 | true
            '  US '                              | U.S.                               | true
            Zhōu                                 | Zhou                               | true
            Wáng Yì                              | Wang Yi                            | true
            Xí Jìnpíng                           | xi jinping                         | true
            central liaison department           | The Central Liaison Department.    | true
            xi's                                 | Xis                                | true
            Xi’s                                 | xis                                | true
            reports to                           | reports-to                         | true
            '  central national-security commission. ' | Central National Security Commission | true
            the U.S.–China relationship          | US China relationship!             | true
            ２０１３                              | 2013                               | true
            “China Dream”                        | china dream                        | true
            中央外事工作委员会                     | 中央外事工作委员会。                  | true
            2013                                 | 2013                               | true
            2014                                 | 2013                               | false
            central                              | Central Liaison Department         | false
            Central Commission                   | Central National Security Commission | false
            theory                               | ory                                | false
            Politburo Standing Committee         | Politburo                          | false
            ''                                   | ''                                 | false
            '...'                                | '!!!'                              | false
            the                                  | ''                                 | false
            """)
    void comparesLeniently(String typed, String expected, boolean matches) {
        assertEquals(matches, AnswerCheck.matches(typed, expected, List.of()));
    }

    @ParameterizedTest(name = "{0} is accepted")
    @CsvSource(delimiter = '|', textBlock = """
            # typed                  | matches
            the CNSC                 | true
            cnsc                     | true
            two thousand thirteen    | false
            """)
    void acceptsTheOtherAnswers(String typed, boolean matches) {
        assertEquals(matches, AnswerCheck.matches(typed, "Central National Security Commission", List.of("CNSC")));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                               | normalized
            The U.S.–China  relationship!        | us china relationship
            Zhōngyāng Guójiā                     | zhongyang guojia
            the                                  | the
            A                                    | a
            """)
    void normalizes(String text, String normalized) {
        assertEquals(normalized, AnswerCheck.normalize(text));
    }
}
