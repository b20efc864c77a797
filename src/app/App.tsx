import { realScenarioSource } from './realScenarioSource';
import { Visualizer } from './Visualizer';

/**
 * The app: the visualizer over the real scenarios, its view restored from the address bar.
 *
 * @example createRoot(root).render(<App />);
 */
export function App() {
  return <Visualizer source={realScenarioSource} />;
}
