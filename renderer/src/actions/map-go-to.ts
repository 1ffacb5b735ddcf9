import { defineAction } from './action';
import { useGoToState } from '../goto/go-to-state';

/** Go to a coordinate: longitude/latitude or Gauss-Krüger X/Y. */
export default defineAction({
  id: 'map.goTo',
  labelKey: 'actions.map.goTo',
  shortcuts: ['Mod+G'],
  run: () => useGoToState.setState({ open: true }),
});
