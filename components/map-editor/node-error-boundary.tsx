"use client";
import { Component } from "react";

/** One broken argument renders as a small error box instead of taking the whole canvas down. */
export class NodeErrorBoundary extends Component<{ id: string; children: React.ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(err: unknown) {
    console.error(`argument ${this.props.id} failed to render`, err);
  }
  render() {
    return this.state.failed ? (
      <div className="arg arg-broken">This argument could not be shown.</div>
    ) : (
      this.props.children
    );
  }
}
