import type { Metadata, Viewport } from "next";
import "./globals.css";
// Panels whose code comes after the page's (components/workbench/loading.tsx, onNeedSlot) are drawn in
// its HTML; their styles come with the page's stylesheet, so they look the same before their code
// arrives and after. Imported by this server component, they add nothing to the page's scripts.
import "@/components/teaching/teaching.module.css";
import "@/components/terminal/terminal-panel.module.css";
import "@/components/inspector/inspector.module.css";
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
