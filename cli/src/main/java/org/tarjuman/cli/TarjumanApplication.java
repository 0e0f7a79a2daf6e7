package org.tarjuman.cli; public class TarjumanApplication { public static void main(String[] a){} }
