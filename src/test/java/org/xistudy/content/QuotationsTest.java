package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotationsTest {
    @Test
    void nestsInnerQuotationsAndWrapsTheWhole() {
        assertEquals("\u201Cplain words\u201D", Quotations.display(" plain words "));
        assertEquals("\u201CXi proposed the \u2018China Dream of Great Rejuvenation\u2019\u201D",
                Quotations.display("Xi proposed the \u201CChina Dream of Great Rejuvenation\u201D"));
        assertEquals("\u201C\u2018The world is big enough.\u2019\u201D",
                Quotations.display("\u201CThe world is big enough.\u201D"));
        assertEquals("\u201CXi\u2019s grip\u201D", Quotations.display("Xi\u2019s grip"));
        assertEquals("", Quotations.display(null));
    }
}
