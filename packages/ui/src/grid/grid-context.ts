'use client';
import { createContext, useContext } from 'react';
import type { AvatarPickerGridComponents } from '../parts/avatar-picker-grid';

/**
 * Present inside a grid: tiles there are grid cells with one roving tab stop and render through
 * the grid's `components`. Outside one, a tile stands alone and is its own tab stop.
 */
const GridContext = createContext<AvatarPickerGridComponents | null>(null);
GridContext.displayName = 'AvatarPicker.GridContext';
export const GridProvider = GridContext.Provider;

export const useGridComponents = () => useContext(GridContext);
