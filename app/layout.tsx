import type { Metadata, Viewport } from "next";
import "./globals.css";
import { ServiceWorker } from "@/components/service-worker";

export const metadata: Metadata = {
  title: "FTP Visualizer",
  description:
    "Watch FTP work, message by message: control and data connections, active and passive mode, NAT and firewalls.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d3557" };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="es">
      <body>
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}
