package lbw.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TablesawStartupTest {

    /** After the start-up, CSV reading and writing work and the class path property is what it was. */
    @Test
    void csvReaderAndWriterAreRegisteredAndTheClassPathIsRestored() {
        String before = System.getProperty("java.class.path");
        TablesawStartup.initialize();
        TablesawStartup.initialize();
        assertEquals(before, System.getProperty("java.class.path"));
        assertTrue(TablesawStartup.registered());
        Table t = Table.read().csv("a,b\n1,2\n3,4\n", "t");
        assertEquals(2, t.rowCount());
        assertEquals(2, t.intColumn("b").get(0));
        java.io.StringWriter w = new java.io.StringWriter();
        t.write().csv(w);
        assertEquals("a,b\n1,2\n3,4\n", w.toString().replace("\r\n", "\n"));
    }
}
