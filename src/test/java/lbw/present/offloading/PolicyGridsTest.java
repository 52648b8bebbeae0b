package lbw.present.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lbw.offloading.Policy;
import lbw.offloading.StateSpace;
import lbw.present.Export;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyGridsTest {

    @TempDir
    Path tmp;

    @Test
    void cellsAreColouredByAction() {
        int[][] cells = {{0, 1, 2, PolicyGrids.OUTSIDE}};
        BufferedImage img = PolicyGrids.grid("t", cells, new String[] {"r"}, new String[] {"a", "b", "c", "d"}, "x", "y").image();
        int y = 40 + 3;           // TOP + a few pixels into the only row
        int[] xs = {56 + 3, 56 + 22 + 3, 56 + 44 + 3, 56 + 66 + 3};
        int idle = img.getRGB(xs[0], y), sm1 = img.getRGB(xs[1], y), sm2 = img.getRGB(xs[2], y), out = img.getRGB(xs[3], y);
        assertNotEquals(idle, sm1);
        assertNotEquals(sm1, sm2);
        assertNotEquals(sm2, out);
        assertNotEquals(idle, out);
    }

    @Test
    void figure4GreysOutScInTheI1ZeroSlice() {
        StateSpace sp = new StateSpace(12);
        BufferedImage a = PolicyGrids.figure4("t", Policy.nonIdling(sp), 0, 4).image();
        BufferedImage b = PolicyGrids.figure4("t", Policy.nonIdling(sp), 1, 4).image();
        assertEquals(a.getWidth(), b.getWidth());
        int bottomRowY = 40 + 4 * 22 + 3;
        assertNotEquals(a.getRGB(56 + 3, bottomRowY), b.getRGB(56 + 3, bottomRowY), "S_c cell grey at i1 = 0, SM2 at i1 = 1");
        var fa = PolicyGrids.figure4("t", Policy.nonIdling(sp), 0, 4);
        var tiled = PolicyGrids.tile(List.of(fa, fa, fa), 2);
        assertEquals(2 * a.getWidth(), tiled.width());
        assertEquals(2 * a.getHeight(), tiled.height());
    }

    @Test
    void exportImageWritesAPngOnlyWhenAnOutputFolderIsSet() throws Exception {
        BufferedImage img = PolicyGrids.figure3("t", Policy.offloadOnly(new StateSpace(6)), 3).image();
        System.setProperty("lbw.output", tmp.toString());
        try {
            assertEquals(img, Export.image("grid-test", img));
        } finally {
            System.clearProperty("lbw.output");
        }
        assertTrue(Files.size(tmp.resolve("grid-test.png")) > 100);
    }
}
