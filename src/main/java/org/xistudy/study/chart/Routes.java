package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of edge routes: the curves a route stands for, flattened to polylines, and the
 * resampling and blending the view uses to animate an edge from one year's route to the next.
 */
public final class Routes {
    private Routes() {
    }

    /** The route as a polyline, with {@code steps} points per curve. */
    public static List<Point> flatten(EdgeRoute route, int steps) {
        List<Point> p = route.points();
        List<Point> out = new ArrayList<>();
        switch (route.shape()) {
            case SIDE:
                return List.copyOf(p);
            case ARC:
            case LOOP:
                cubic(out, p.get(0), p.get(1), p.get(2), p.get(3), steps, true);
                return out;
            default:
                out.add(p.get(0));
                for (int i = 0; i + 1 < p.size(); i++) {
                    Point a = p.get(i);
                    Point b = p.get(i + 1);
                    if (Math.abs(a.x() - b.x()) < 0.5) {
                        out.add(b);
                    } else {
                        double dy = (b.y() - a.y()) / 2;
                        cubic(out, a, new Point(a.x(), a.y() + dy), new Point(b.x(), b.y() - dy), b, steps, false);
                    }
                }
                return out;
        }
    }

    private static void cubic(List<Point> out, Point a, Point c1, Point c2, Point b, int steps, boolean withStart) {
        if (withStart) {
            out.add(a);
        }
        for (int k = 1; k <= steps; k++) {
            double t = (double) k / steps;
            double u = 1 - t;
            double x = u * u * u * a.x() + 3 * u * u * t * c1.x() + 3 * u * t * t * c2.x() + t * t * t * b.x();
            double y = u * u * u * a.y() + 3 * u * u * t * c1.y() + 3 * u * t * t * c2.y() + t * t * t * b.y();
            out.add(new Point(x, y));
        }
    }

    public static double length(List<Point> poly) {
        double len = 0;
        for (int i = 0; i + 1 < poly.size(); i++) {
            len += poly.get(i).distance(poly.get(i + 1));
        }
        return len;
    }

    /** The point a fraction {@code t} (0..1) of the way along the polyline. */
    public static Point pointAt(List<Point> poly, double t) {
        if (poly.size() == 1) {
            return poly.get(0);
        }
        double target = Math.max(0, Math.min(1, t)) * length(poly);
        for (int i = 0; i + 1 < poly.size(); i++) {
            double d = poly.get(i).distance(poly.get(i + 1));
            if (target <= d || i + 2 == poly.size()) {
                return poly.get(i).towards(poly.get(i + 1), d == 0 ? 0 : Math.min(1, target / d));
            }
            target -= d;
        }
        return poly.get(poly.size() - 1);
    }

    /** {@code n} points (n at least 2) evenly spaced along the polyline, ends included. */
    public static List<Point> resample(List<Point> poly, int n) {
        List<Point> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(pointAt(poly, (double) i / (n - 1)));
        }
        return out;
    }

    /** The blend of two polylines of the same length: {@code a} at t = 0, {@code b} at t = 1. */
    public static List<Point> blend(List<Point> a, List<Point> b, double t) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("blend needs polylines with as many points");
        }
        List<Point> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i).towards(b.get(i), t));
        }
        return out;
    }

    /** The direction of the polyline's last piece, in radians (0 points right, pi/2 down). */
    public static double endAngle(List<Point> poly) {
        Point end = poly.get(poly.size() - 1);
        for (int i = poly.size() - 2; i >= 0; i--) {
            Point p = poly.get(i);
            if (p.distance(end) > 1e-6) {
                return Math.atan2(end.y() - p.y(), end.x() - p.x());
            }
        }
        return Math.PI / 2;
    }
}
